package vn.civic.feedback;

import java.util.List;

/**
 * An agency's answer: text AND at least one evidence file (a photo of what was done, or a PDF document), or it is
 * refused.
 *
 * @param evidence JPEG, PNG or WebP photos or PDF documents, checked like a report's photos
 */
public record AnswerCommand(String text, List<PhotoUpload> evidence) {

    public AnswerCommand {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
