package vn.civic.feedback;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real images for the tests, some carrying location metadata the way phone cameras write it. */
public final class TestImages {

    /** The GPS latitude written into {@link #jpegWithGps()}: 21° 2' 12.34" N. */
    public static final int[] LATITUDE = {21, 1, 2, 1, 1234, 100};

    private TestImages() {}

    public static byte[] jpeg(int width, int height) {
        return encode(width, height, "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(width, height, "png");
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color((x * 7) % 256, (y * 5) % 256, 120).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG from ImageIO with an Exif APP1 segment inserted after SOI, as a phone writes it: IFD0 pointing to a GPS IFD
     * with GPSLatitudeRef N, GPSLatitude 21/1 2/1 1234/100, GPSLongitudeRef E, GPSLongitude 105/1 51/1 4567/100.
     */
    public static byte[] jpegWithGps() {
        byte[] jpeg = jpeg(64, 48);
        byte[] exif = exifWithGps();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (exif.length + 2))
                .put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** The Exif payload ("Exif\0\0" + big-endian TIFF) with a GPS IFD. */
    public static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825) LONG 1 -> 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: four entries, data at 26 + 2 + 4*12 + 4 = 80
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        for (int v : LATITUDE) {
            tiff.putInt(v);
        }
        for (int v : new int[] {105, 1, 51, 1, 4567, 100}) {
            tiff.putInt(v);
        }
        byte[] body = new byte[tiff.position()];
        tiff.flip();
        tiff.get(body);
        ByteBuffer exif = ByteBuffer.allocate(6 + body.length);
        exif.put("Exif".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0)
                .put((byte) 0)
                .put(body);
        return exif.array();
    }

    /** A PNG with an eXIf chunk (with GPS) and a tEXt chunk inserted after IHDR. */
    public static byte[] pngWithMetadata() {
        byte[] png = png(32, 24);
        byte[] exif = exifWithGps();
        byte[] exifChunk = chunk("eXIf", java.util.Arrays.copyOfRange(exif, 6, exif.length));
        byte[] text = chunk("tEXt", "Location\0Ho Hoan Kiem, Ha Noi".getBytes(StandardCharsets.ISO_8859_1));
        int afterIhdr = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(png.length + exifChunk.length + text.length);
        out.put(png, 0, afterIhdr).put(exifChunk).put(text).put(png, afterIhdr, png.length - afterIhdr);
        return out.array();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /**
     * A WebP container (VP8X with the EXIF and XMP flags set) holding a lossless VP8L bitstream header for a 40×30 image,
     * an EXIF chunk with GPS and an XMP chunk. Only the container and the headers are real: enough for the structure
     * checks, which never decode pixels.
     */
    public static byte[] webpWithMetadata() {
        ByteBuffer chunks = ByteBuffer.allocate(1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        chunks.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        // VP8X: flags (EXIF 0x08 | XMP 0x04), reserved, canvas 40x30 (minus one, 24 bits each)
        chunks.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10);
        chunks.put((byte) 0x0C).put((byte) 0).put((byte) 0).put((byte) 0);
        chunks.put((byte) 39)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 29)
                .put((byte) 0)
                .put((byte) 0);
        // VP8L: signature 0x2F, then width-1 (14 bits) and height-1 (14 bits)
        int bits = 39 | (29 << 14);
        chunks.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(6);
        chunks.put((byte) 0x2F).putInt(bits).put((byte) 0);
        byte[] exif = exifWithGps();
        chunks.put("EXIF".getBytes(StandardCharsets.US_ASCII))
                .putInt(exif.length)
                .put(exif);
        if ((exif.length & 1) == 1) {
            chunks.put((byte) 0);
        }
        byte[] xmp = "<x:xmpmeta><exif:GPSLatitude>21,2.2N</exif:GPSLatitude></x:xmpmeta>"
                .getBytes(StandardCharsets.US_ASCII);
        chunks.put("XMP ".getBytes(StandardCharsets.US_ASCII))
                .putInt(xmp.length)
                .put(xmp);
        if ((xmp.length & 1) == 1) {
            chunks.put((byte) 0);
        }
        int size = chunks.position();
        ByteBuffer out = ByteBuffer.allocate(8 + size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put(chunks.array(), 0, size);
        return out.array();
    }

    /** True when {@code haystack} contains {@code needle}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The GPS latitude rationals as they appear in the big-endian Exif. */
    public static byte[] latitudeBytes() {
        ByteBuffer b = ByteBuffer.allocate(24);
        for (int v : LATITUDE) {
            b.putInt(v);
        }
        return b.array();
    }
}
