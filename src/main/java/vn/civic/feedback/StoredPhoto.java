package vn.civic.feedback;

/**
 * A report's file ready to serve: a photo of the report or an evidence file of its answer, its location metadata
 * stripped before it was stored.
 *
 * @param contentType from the bytes: {@code image/jpeg}, {@code image/png}, {@code image/webp} or
 *     {@code application/pdf}
 */
public record StoredPhoto(long id, String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "StoredPhoto[" + id + ", " + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
