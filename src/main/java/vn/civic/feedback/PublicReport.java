package vn.civic.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A report as anyone may see it: no contact data and no reporter identity. A hidden report keeps its code, category,
 * status and dates but shows no description, address, point or photo.
 *
 * @param description the text as moderated; null for a hidden report
 * @param statusNote the public words on the status (the last public update's text), e.g. a reason for returning; may
 *     be null
 * @param adminUnitName the ward or commune of the report, "Phường Hoàn Kiếm"; may be null
 * @param agencyName the agency responsible now (the routing desk's name while at the desk)
 * @param expectedAt when the report is due to be resolved (Open311 {@code expected_datetime}); null once answered
 * @param photoIds the visible photos, served by {@link FeedbackReports#publicPhoto(String, long)}
 * @param answer the published answer, or null
 * @param rating the reporter's rating 1..5 of the answer, or null
 * @param mergedInto the code of the report this one was merged into, or null
 */
public record PublicReport(
        String code,
        String categoryCode,
        String categoryNameVi,
        String categoryNameEn,
        String description,
        ReportStatus status,
        String statusNote,
        String address,
        Double latitude,
        Double longitude,
        Long adminUnitId,
        String adminUnitName,
        Long agencyId,
        String agencyName,
        boolean urgent,
        Instant submittedAt,
        Instant updatedAt,
        Instant expectedAt,
        List<Long> photoIds,
        PublishedAnswer answer,
        Integer rating,
        String mergedInto) {

    public PublicReport {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public String categoryName(java.util.Locale locale) {
        return FeedbackCategory.isEnglish(locale) && categoryNameEn != null ? categoryNameEn : categoryNameVi;
    }

    /** The public page's path, {@link FeedbackPaths#report(String)}. */
    public String path() {
        return FeedbackPaths.report(code);
    }
}
