package vn.civic.feedback;

/**
 * A file as a channel received it, still untrusted: its type is checked from the bytes (JPEG, PNG or WebP for a
 * report's photos; those or PDF for an answer's evidence), its size and dimensions are limited, and its location
 * metadata is stripped before it is stored.
 *
 * @param fileName the name the sender gave, only for display; may be null
 * @param contentType the type the sender declared; may be null; must agree with the bytes when given
 */
public record PhotoUpload(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "PhotoUpload[" + fileName + ", " + contentType + ", " + (content == null ? 0 : content.length)
                + " bytes]";
    }
}
