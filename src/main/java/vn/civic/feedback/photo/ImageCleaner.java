package vn.civic.feedback.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Recognises JPEG, PNG and WebP images by their structure (not by a name or a declared type), reads their dimensions
 * from the headers without decoding the pixels, and removes every metadata block that can carry a location or other
 * personal data, losslessly (decision 0031):
 *
 * <ul>
 *   <li>JPEG: every APPn segment except APP0 (JFIF), APP2 (ICC profile) and APP14 (Adobe colour transform) is dropped,
 *       so APP1 (Exif with its GPS directory, XMP), APP13 (Photoshop/IPTC) and the others go, and so do comments (COM);
 *       anything after the end-of-image marker is dropped too.
 *   <li>PNG: the chunks {@code eXIf}, {@code tEXt}, {@code iTXt}, {@code zTXt} and {@code tIME} are dropped; every
 *       chunk's CRC is checked; anything after {@code IEND} is dropped.
 *   <li>WebP: the {@code EXIF} and {@code XMP } chunks are dropped and their flags cleared in {@code VP8X}.
 * </ul>
 *
 * A file whose structure does not hold together (a PDF or a script named {@code .jpg}, a truncated image) is refused.
 * Image data itself is copied byte for byte.
 */
public final class ImageCleaner {

    /** An accepted image, cleaned. */
    public record CleanImage(String mediaType, byte[] content, int width, int height) {

        public long pixels() {
            return (long) width * height;
        }
    }

    /** The bytes are not an image of an accepted type, or not a well-formed one. */
    public static final class NotAnImage extends Exception {
        NotAnImage(String reason) {
            super(reason, null, false, false);
        }
    }

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform): needed to show the image right. */
    private static final Set<Integer> KEPT_APPLICATION_SEGMENTS = Set.of(0xE0, 0xE2, 0xEE);

    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");

    private ImageCleaner() {}

    /** The media type the first bytes announce (JPEG, PNG, WebP), or null. */
    public static String sniff(byte[] b) {
        if (b == null) {
            return null;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), PNG_SIGNATURE)) {
            return PNG;
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        return null;
    }

    /** Checks and cleans an image; refuses anything else. */
    public static CleanImage clean(byte[] bytes) throws NotAnImage {
        String type = sniff(bytes);
        if (type == null) {
            throw new NotAnImage("not a JPEG, PNG or WebP image");
        }
        try {
            return switch (type) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                default -> webp(bytes);
            };
        } catch (IndexOutOfBoundsException truncated) {
            throw new NotAnImage("truncated " + type);
        }
    }

    // ---- JPEG ----

    private static CleanImage jpeg(byte[] b) throws NotAnImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        int pos = 2;
        int width = -1;
        int height = -1;
        boolean scanned = false;
        while (true) {
            if ((b[pos] & 0xFF) != 0xFF) {
                throw new NotAnImage("JPEG: marker expected at " + pos);
            }
            while ((b[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            int marker = b[pos] & 0xFF;
            pos++;
            if (marker == 0xD9) {
                if (!scanned) {
                    throw new NotAnImage("JPEG: no image data");
                }
                out.write(0xFF);
                out.write(0xD9);
                return new CleanImage(JPEG, out.toByteArray(), width, height); // anything after EOI is dropped
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw new NotAnImage("JPEG: unexpected marker " + Integer.toHexString(marker));
            }
            int length = u16(b, pos);
            if (length < 2 || pos + length > b.length) {
                throw new NotAnImage("JPEG: bad segment length");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 8) {
                    throw new NotAnImage("JPEG: short frame header");
                }
                height = u16(b, pos + 3);
                width = u16(b, pos + 5);
            }
            boolean application = marker >= 0xE0 && marker <= 0xEF;
            boolean keep = application ? KEPT_APPLICATION_SEGMENTS.contains(marker) : marker != 0xFE;
            if (keep) {
                out.write(0xFF);
                out.write(marker);
                out.write(b, pos, length);
            }
            pos += length;
            if (marker == 0xDA) {
                if (width <= 0 || height <= 0) {
                    throw new NotAnImage("JPEG: no frame header before the scan");
                }
                scanned = true;
                int start = pos;
                pos = afterEntropyCodedData(b, pos);
                out.write(b, start, pos - start);
            }
        }
    }

    /**
     * The index of the marker ending a scan's entropy-coded data: there a 0xFF byte is followed by 0x00 (stuffing), a
     * restart marker or another 0xFF (fill); anything else is a marker.
     */
    private static int afterEntropyCodedData(byte[] b, int from) {
        int i = from;
        while (true) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
    }

    // ---- PNG ----

    private static CleanImage png(byte[] b) throws NotAnImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int pos = 8;
        int width = -1;
        int height = -1;
        boolean first = true;
        while (true) {
            long length = u32(b, pos);
            if (length > b.length - pos - 12L) {
                throw new NotAnImage("PNG: chunk longer than the file");
            }
            String type = ascii(b, pos + 4, 4);
            int total = 12 + (int) length;
            CRC32 crc = new CRC32();
            crc.update(b, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, pos + 8 + (int) length)) {
                throw new NotAnImage("PNG: bad CRC in " + type);
            }
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw new NotAnImage("PNG: IHDR must come first");
                }
                width = (int) Math.min(Integer.MAX_VALUE, u32(b, pos + 8));
                height = (int) Math.min(Integer.MAX_VALUE, u32(b, pos + 12));
                first = false;
            }
            if (!PNG_DROPPED.contains(type)) {
                out.write(b, pos, total);
            }
            pos += total;
            if (type.equals("IEND")) {
                if (width <= 0 || height <= 0) {
                    throw new NotAnImage("PNG: empty image");
                }
                return new CleanImage(PNG, out.toByteArray(), width, height);
            }
        }
    }

    // ---- WebP ----

    private static CleanImage webp(byte[] b) throws NotAnImage {
        long riffSize = u32le(b, 4);
        if (riffSize < 4 || riffSize + 8 > b.length) {
            throw new NotAnImage("WebP: bad RIFF size");
        }
        int end = (int) riffSize + 8;
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        body.write('W');
        body.write('E');
        body.write('B');
        body.write('P');
        int pos = 12;
        int width = -1;
        int height = -1;
        int vp8xAt = -1;
        boolean image = false;
        while (pos + 8 <= end) {
            String fourcc = ascii(b, pos, 4);
            long size = u32le(b, pos + 4);
            long padded = size + (size & 1);
            if (pos + 8 + size > end) {
                throw new NotAnImage("WebP: chunk longer than the file");
            }
            int data = pos + 8;
            switch (fourcc) {
                case "VP8X" -> {
                    if (size < 10) {
                        throw new NotAnImage("WebP: short VP8X");
                    }
                    width = 1 + u24le(b, data + 4);
                    height = 1 + u24le(b, data + 7);
                }
                case "VP8 " -> {
                    if (size < 10
                            || (b[data + 3] & 0xFF) != 0x9D
                            || (b[data + 4] & 0xFF) != 0x01
                            || (b[data + 5] & 0xFF) != 0x2A) {
                        throw new NotAnImage("WebP: bad VP8 frame");
                    }
                    image = true;
                    if (width < 0) {
                        width = u16le(b, data + 6) & 0x3FFF;
                        height = u16le(b, data + 8) & 0x3FFF;
                    }
                }
                case "VP8L" -> {
                    if (size < 5 || (b[data] & 0xFF) != 0x2F) {
                        throw new NotAnImage("WebP: bad VP8L header");
                    }
                    image = true;
                    if (width < 0) {
                        long bits = u32le(b, data + 1);
                        width = (int) (bits & 0x3FFF) + 1;
                        height = (int) ((bits >> 14) & 0x3FFF) + 1;
                    }
                }
                case "ANMF" -> image = true;
                default -> {
                    // ICCP, ALPH, ANIM and unknown chunks are kept; EXIF and XMP are dropped below
                }
            }
            boolean drop = fourcc.equals("EXIF") || fourcc.equals("XMP ");
            if (!drop) {
                if (fourcc.equals("VP8X")) {
                    vp8xAt = body.size();
                }
                int copy = (int) Math.min(8 + padded, end - pos);
                body.write(b, pos, copy);
                if (copy < 8 + padded) {
                    body.write(0); // the missing pad byte of a last odd chunk
                }
            }
            pos += (int) (8 + padded);
        }
        if (!image || width <= 0 || height <= 0) {
            throw new NotAnImage("WebP: no image data");
        }
        byte[] chunks = body.toByteArray();
        if (vp8xAt >= 0) {
            chunks[vp8xAt + 8] &= (byte) ~0x0C; // clear the EXIF (0x08) and XMP (0x04) flags
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.length + 8);
        out.write('R');
        out.write('I');
        out.write('F');
        out.write('F');
        int size = chunks.length;
        out.write(size & 0xFF);
        out.write((size >> 8) & 0xFF);
        out.write((size >> 16) & 0xFF);
        out.write((size >> 24) & 0xFF);
        out.write(chunks, 0, chunks.length);
        return new CleanImage(WEBP, out.toByteArray(), width, height);
    }

    // ---- bytes ----

    private static String ascii(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24)
                | ((b[at + 1] & 0xFF) << 16)
                | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    private static int u24le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
    }

    private static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16) | ((b[at + 3] & 0xFFL) << 24);
    }
}
