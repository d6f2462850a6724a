package vn.civic.feedback;

import java.time.Instant;

/**
 * One public change of a report (mySociety's Open311 service-request-updates extension): routed, acknowledged,
 * answered, reopened, closed, merged, hidden. Internal notes never appear here.
 *
 * @param updateId stable and increasing ({@code update_id})
 * @param reportCode the report ({@code service_request_id})
 * @param statusAfter the report's status after the change ({@code status} is its {@link ReportStatus#open311()})
 * @param description what the public is told ({@code description})
 * @param mediaUrlPath the path of a photo of the change (an answer's first evidence photo), or null; prefix the public
 *     URL for {@code media_url}
 */
public record ReportUpdate(
        long updateId,
        String reportCode,
        ReportStatus statusAfter,
        String description,
        Instant updatedAt,
        String mediaUrlPath) {}
