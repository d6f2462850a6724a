package vn.civic.feedback.photo;

/**
 * An upload that passed the checks, its location metadata stripped: ready to store.
 *
 * @param width in pixels, null for a PDF
 * @param height in pixels, null for a PDF
 */
public record CheckedFile(String fileName, String mediaType, byte[] content, Integer width, Integer height) {

    @Override
    public String toString() {
        return "CheckedFile[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
