package vn.civic.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link FeedbackReports#listPublic(PublicReportFilter)} selects; every part is optional (null or empty: no
 * condition). Results are ordered by submission, newest first. Hidden reports are left out unless {@link #statuses}
 * names {@link ReportStatus#HIDDEN}, or {@link #codes} names them.
 *
 * @param codes only these reports (Open311 {@code service_request_id}, comma-separated there)
 * @param categoryCodes only these categories (Open311 {@code service_code})
 * @param statuses only these statuses; {@link ReportStatus#OPEN} or {@link ReportStatus#CLOSED_STATUSES} for Open311
 * @param submittedFrom submitted at or after (Open311 {@code start_date})
 * @param submittedTo submitted at or before (Open311 {@code end_date})
 * @param updatedAfter last changed at or after
 * @param updatedBefore last changed at or before
 * @param agencyId only reports the agency is responsible for now
 * @param adminUnitId only reports in this administrative unit or the units under it
 * @param box only reports whose point lies in the box
 * @param near only reports whose point lies within the radius, still ordered by submission
 * @param limit at most this many (capped at {@link #MAX_LIMIT}; 0 or less means {@link #DEFAULT_LIMIT})
 * @param offset skip this many, for paging
 */
public record PublicReportFilter(
        List<String> codes,
        List<String> categoryCodes,
        Set<ReportStatus> statuses,
        Instant submittedFrom,
        Instant submittedTo,
        Instant updatedAfter,
        Instant updatedBefore,
        Long agencyId,
        Long adminUnitId,
        BoundingBox box,
        Circle near,
        int limit,
        int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public PublicReportFilter {
        codes = codes == null ? List.of() : List.copyOf(codes);
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    /** Everything (the newest {@link #DEFAULT_LIMIT}). */
    public static PublicReportFilter all() {
        return new PublicReportFilter(null, null, null, null, null, null, null, null, null, null, null, 0, 0);
    }

    public PublicReportFilter withCodes(List<String> value) {
        return edit(f -> f.codes = value);
    }

    public PublicReportFilter withCategoryCodes(List<String> value) {
        return edit(f -> f.categoryCodes = value);
    }

    public PublicReportFilter withStatuses(Set<ReportStatus> value) {
        return edit(f -> f.statuses = value);
    }

    public PublicReportFilter withSubmitted(Instant from, Instant to) {
        return edit(f -> {
            f.submittedFrom = from;
            f.submittedTo = to;
        });
    }

    public PublicReportFilter withUpdated(Instant after, Instant before) {
        return edit(f -> {
            f.updatedAfter = after;
            f.updatedBefore = before;
        });
    }

    public PublicReportFilter withAgency(Long value) {
        return edit(f -> f.agencyId = value);
    }

    public PublicReportFilter withAdminUnit(Long value) {
        return edit(f -> f.adminUnitId = value);
    }

    public PublicReportFilter withBox(BoundingBox value) {
        return edit(f -> f.box = value);
    }

    public PublicReportFilter withNear(Circle value) {
        return edit(f -> f.near = value);
    }

    public PublicReportFilter withPage(int limitValue, int offsetValue) {
        return edit(f -> {
            f.limit = limitValue;
            f.offset = offsetValue;
        });
    }

    /** This filter with the parts the change sets. */
    private PublicReportFilter edit(Consumer<Parts> change) {
        Parts f = new Parts(this);
        change.accept(f);
        return new PublicReportFilter(
                f.codes,
                f.categoryCodes,
                f.statuses,
                f.submittedFrom,
                f.submittedTo,
                f.updatedAfter,
                f.updatedBefore,
                f.agencyId,
                f.adminUnitId,
                f.box,
                f.near,
                f.limit,
                f.offset);
    }

    /** The parts of a filter, to change one or two of them. */
    private static final class Parts {
        List<String> codes;
        List<String> categoryCodes;
        Set<ReportStatus> statuses;
        Instant submittedFrom;
        Instant submittedTo;
        Instant updatedAfter;
        Instant updatedBefore;
        Long agencyId;
        Long adminUnitId;
        BoundingBox box;
        Circle near;
        int limit;
        int offset;

        Parts(PublicReportFilter f) {
            codes = f.codes;
            categoryCodes = f.categoryCodes;
            statuses = f.statuses;
            submittedFrom = f.submittedFrom;
            submittedTo = f.submittedTo;
            updatedAfter = f.updatedAfter;
            updatedBefore = f.updatedBefore;
            agencyId = f.agencyId;
            adminUnitId = f.adminUnitId;
            box = f.box;
            near = f.near;
            limit = f.limit;
            offset = f.offset;
        }
    }

    /** A latitude/longitude box in WGS84 degrees. */
    public record BoundingBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {}

    /** A point and a radius in metres. */
    public record Circle(double latitude, double longitude, int radiusMetres) {}
}
