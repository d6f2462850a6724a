package vn.civic.feedback.open311;

import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 GeoReport v2 endpoint's settings ({@code civic.feedback.open311.*}), see
 * docs/decisions/0033-open311.md.
 *
 * @param jurisdictionId the one jurisdiction this endpoint serves, by the specification's convention the city's web
 *     address without {@code www} (the demo: {@code hanoi.civic.vn}). A request may name it or leave it out; any other
 *     value is answered 404. Blank: the parameter is ignored, as the specification allows for a single jurisdiction
 * @param maxRequests the most requests one listing returns (the specification's "first 1000 requests")
 * @param windowDays the longest span of a listing's {@code start_date}..{@code end_date}, and the default window
 *     (the specification's "most recent 90 days")
 * @param endpointType the discovery's endpoint type: {@code production} (reports are acted upon) or {@code test}
 * @param changeset when the discovery or the service definitions last changed in a way clients should notice; the
 *     discovery publishes it so that clients know when to refresh what they cache
 * @param contact how to reach the people who run this endpoint (discovery {@code contact}); blank: the bundle's text
 *     naming the public address
 * @param keyService how to get an API key (discovery {@code key_service}); blank: the bundle's text
 */
@ConfigurationProperties("civic.feedback.open311")
public record Open311Properties(
        @DefaultValue("") String jurisdictionId,
        @DefaultValue("1000") int maxRequests,
        @DefaultValue("90") int windowDays,
        @DefaultValue("production") String endpointType,
        @DefaultValue("2026-12-03T20:00:00+07:00") OffsetDateTime changeset,
        @DefaultValue("") String contact,
        @DefaultValue("") String keyService) {

    public Open311Properties {
        if (maxRequests < 1 || maxRequests > 100_000) {
            throw new IllegalArgumentException("civic.feedback.open311.max-requests must be between 1 and 100000");
        }
        if (windowDays < 1 || windowDays > 3660) {
            throw new IllegalArgumentException("civic.feedback.open311.window-days must be between 1 and 3660");
        }
        if (!"production".equals(endpointType) && !"test".equals(endpointType)) {
            throw new IllegalArgumentException("civic.feedback.open311.endpoint-type must be production or test");
        }
        jurisdictionId = jurisdictionId == null ? "" : jurisdictionId.strip();
        contact = contact == null ? "" : contact.strip();
        keyService = keyService == null ? "" : keyService.strip();
    }

    /** True when the endpoint names its jurisdiction (and so refuses others). */
    public boolean hasJurisdiction() {
        return !jurisdictionId.isEmpty();
    }
}
