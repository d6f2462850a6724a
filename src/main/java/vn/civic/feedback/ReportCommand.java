package vn.civic.feedback;

import java.util.List;
import java.util.Map;

/**
 * A report as a channel submits it to {@link FeedbackReports#submit(ReportCommand)}.
 *
 * @param categoryCode the category's code (Open311 {@code service_code})
 * @param latitude WGS84 degrees; null when the report gives an address or a unit only
 * @param longitude WGS84 degrees; null together with the latitude
 * @param addressText the address as written; required when there is no point and the category needs a location
 * @param adminUnitId the administrative unit (ward or commune) chosen in the tree; null when unknown
 * @param attributes the category's attributes by code; a list attribute may hold several values
 * @param photos at most {@code civic.feedback.max-photos}
 * @param urgent resolved within {@code civic.feedback.urgent-hours} clock hours instead of working days
 * @param externalReference the chat conversation's id, or the Open311 client's own id of the request; may be null
 * @param followExisting the code of an open report the citizen chose to follow instead of filing a duplicate: when
 *     given, nothing new is filed, the signed-in citizen follows that report and its code comes back
 */
public record ReportCommand(
        String categoryCode,
        String description,
        Double latitude,
        Double longitude,
        String addressText,
        Long adminUnitId,
        Map<String, List<String>> attributes,
        List<PhotoUpload> photos,
        ReporterContact contact,
        boolean urgent,
        ReportChannel channel,
        String externalReference,
        String followExisting) {

    public ReportCommand {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        photos = photos == null ? List.of() : List.copyOf(photos);
        contact = contact == null ? ReporterContact.NONE : contact;
        channel = channel == null ? ReportChannel.WEB : channel;
    }

    /** True when the report carries a point. */
    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
