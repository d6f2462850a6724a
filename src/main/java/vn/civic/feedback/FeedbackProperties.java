package vn.civic.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of citizen feedback ({@code civic.feedback.*}), decision 0031.
 *
 * @param routingDeskAgencyCode organisation code of the agency whose staff route reports by hand (the city office):
 *     unroutable and returned reports go there
 * @param acknowledgeWorkingHours working hours for the responsible agency to acknowledge a report it received
 * @param urgentHours clock hours to resolve an urgent report
 * @param resolveWorkingDays working days to resolve a normal report, unless its category says otherwise
 * @param dueSoonWorkingHours a normal report is "due soon" when fewer working hours are left
 * @param urgentDueSoonMinutes an urgent report is "due soon" when fewer minutes are left
 * @param reopenDays calendar days after the answer during which the reporter may reopen the report; after them it
 *     closes
 * @param maxPhotos photos per report (and evidence files per answer)
 * @param maxPhotoBytes bytes per photo or evidence file
 * @param maxPhotoPixels width × height a photo may decode to
 * @param duplicateRadiusMetres how far {@code nearbyOpen} looks for duplicates by default
 * @param maxDescriptionLength characters of a report's description and of an answer
 */
@ConfigurationProperties("civic.feedback")
public record FeedbackProperties(
        @DefaultValue("000.00.00.H26") String routingDeskAgencyCode,
        @DefaultValue("8") int acknowledgeWorkingHours,
        @DefaultValue("4") int urgentHours,
        @DefaultValue("10") int resolveWorkingDays,
        @DefaultValue("4") int dueSoonWorkingHours,
        @DefaultValue("60") int urgentDueSoonMinutes,
        @DefaultValue("7") int reopenDays,
        @DefaultValue("5") int maxPhotos,
        @DefaultValue("5MB") DataSize maxPhotoBytes,
        @DefaultValue("50000000") long maxPhotoPixels,
        @DefaultValue("150") int duplicateRadiusMetres,
        @DefaultValue("4000") int maxDescriptionLength) {}
