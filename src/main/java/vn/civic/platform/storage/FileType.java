package vn.civic.platform.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types applicants may upload, recognised by their first bytes (magic numbers). A name or a declared media
 * type only has to agree with what the bytes say.
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many leading bytes {@link #detect(byte[])} needs. */
    public static final int HEAD_LENGTH = 8;

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    FileType(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose magic number starts {@code head}, or null. */
    public static FileType detect(byte[] head) {
        for (FileType type : values()) {
            if (head.length >= type.magic.length && Arrays.equals(Arrays.copyOf(head, type.magic.length), type.magic)) {
                return type;
            }
        }
        return null;
    }

    /**
     * True when a file name's extension (if any) and a declared media type (if any, other than the generic
     * {@code application/octet-stream} browsers send for unknown files) both name this type.
     */
    public boolean agreesWith(String fileName, String declaredMediaType) {
        boolean nameAgrees = extension(fileName).map(extensions::contains).orElse(true);
        boolean typeAgrees = declaredMediaType == null
                || declaredMediaType.isBlank()
                || declaredMediaType.equalsIgnoreCase("application/octet-stream")
                || declaredMediaType.toLowerCase(Locale.ROOT).startsWith(mediaType);
        return nameAgrees && typeAgrees;
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
