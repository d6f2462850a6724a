package vn.civic.feedback;

/**
 * A file of a report as staff see it.
 *
 * @param evidence true for an answer's evidence, false for the reporter's photo
 * @param hidden hidden by moderation (not served publicly) with {@code hiddenReason}
 */
public record ReportFile(
        long id,
        boolean evidence,
        String fileName,
        String contentType,
        long size,
        Integer width,
        Integer height,
        boolean hidden,
        String hiddenReason) {

    public boolean isPhoto() {
        return contentType != null && contentType.startsWith("image/");
    }
}
