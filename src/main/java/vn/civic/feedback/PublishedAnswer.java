package vn.civic.feedback;

import java.time.Instant;
import java.util.List;

/**
 * An agency's answer as published: always text with evidence of what was done.
 *
 * @param evidencePhotoIds the evidence photos (JPEG, PNG, WebP), served by {@link FeedbackReports#publicPhoto}
 * @param evidenceDocumentIds the evidence documents (PDF), served the same way
 * @param agencyName the agency that answered
 */
public record PublishedAnswer(
        String text,
        List<Long> evidencePhotoIds,
        List<Long> evidenceDocumentIds,
        Instant answeredAt,
        Long agencyId,
        String agencyName) {

    public PublishedAnswer {
        evidencePhotoIds = evidencePhotoIds == null ? List.of() : List.copyOf(evidencePhotoIds);
        evidenceDocumentIds = evidenceDocumentIds == null ? List.of() : List.copyOf(evidenceDocumentIds);
    }
}
