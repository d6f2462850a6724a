package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Parameters as GeoReport v2 defines them: empty = absent, comma lists, attribute[code], the 90-day window. */
class Open311ParametersTest {

    static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");
    static final Open311Properties PROPERTIES =
            new Open311Properties("hanoi.civic.vn", 1000, 90, "production", null, "", "");

    static Open311Parameters params(String... nameValues) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.add(nameValues[i], nameValues[i + 1]);
        }
        return new Open311Parameters(map);
    }

    static Open311Error errorOf(Runnable call) {
        try {
            call.run();
        } catch (Open311Exception e) {
            return (Open311Error) e.errorCode();
        }
        throw new AssertionError("no Open311 error");
    }

    @Test
    void anEmptyOptionalArgumentIsTheSameAsNone() {
        assertThat(params("status", "").statuses()).isEmpty();
        assertThat(params("service_code", " ").list("service_code")).isEmpty();
        assertThat(params("start_date", "").window(NOW, 90))
                .isEqualTo(new Open311Parameters.Window(NOW.minus(Duration.ofDays(90)), NOW));
        params("jurisdiction_id", "").checkJurisdiction(PROPERTIES);
    }

    @Test
    void listsAreCommaDelimitedAndMayBeRepeated() {
        assertThat(params("service_code", "a,b", "service_code", "c, a").list("service_code"))
                .containsExactly("a", "b", "c");
    }

    @Test
    void statusIsOpenOrClosed() {
        assertThat(params("status", "open,Closed").statuses()).containsExactly("open", "closed");
        assertThat(errorOf(() -> params("status", "pending").statuses())).isEqualTo(Open311Error.STATUS_INVALID);
    }

    @Test
    void theWindowDefaultsToTheMostRecentDaysAndRunsTheSpanFromOneEnd() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(params("start_date", "2026-01-01T00:00:00Z").window(NOW, 90))
                .isEqualTo(new Open311Parameters.Window(start, start.plus(Duration.ofDays(90))));
        assertThat(params("end_date", "2026-01-01T00:00:00Z").window(NOW, 90))
                .isEqualTo(new Open311Parameters.Window(start.minus(Duration.ofDays(90)), start));
    }

    @Test
    void aRangeMayNotRunBackwardsNorSpanMoreThanTheWindow() {
        assertThat(errorOf(() -> params("start_date", "2026-02-01T00:00:00Z", "end_date", "2026-01-01T00:00:00Z")
                        .window(NOW, 90)))
                .isEqualTo(Open311Error.DATE_RANGE_INVALID);
        assertThat(errorOf(() -> params("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-06-01T00:00:00Z")
                        .window(NOW, 90)))
                .isEqualTo(Open311Error.DATE_RANGE_TOO_LONG);
        assertThat(errorOf(() -> params("start_date", "01/01/2026").window(NOW, 90)))
                .isEqualTo(Open311Error.DATE_INVALID);
    }

    @Test
    void theConfiguredJurisdictionOrNoneIsAccepted() {
        params("jurisdiction_id", "hanoi.civic.vn").checkJurisdiction(PROPERTIES);
        params("jurisdiction_id", "HANOI.civic.vn").checkJurisdiction(PROPERTIES);
        params().checkJurisdiction(PROPERTIES);
        assertThat(errorOf(() -> params("jurisdiction_id", "sfgov.org").checkJurisdiction(PROPERTIES)))
                .isEqualTo(Open311Error.JURISDICTION_NOT_FOUND);
        // an endpoint that names no jurisdiction ignores the parameter
        params("jurisdiction_id", "sfgov.org")
                .checkJurisdiction(new Open311Properties("", 1000, 90, "production", null, "", ""));
    }

    @Test
    void attributesComeByCodeWithMultiValueListsRepeated() {
        Map<String, List<String>> attributes = params(
                        "attribute[pole-number]", "HK-0042",
                        "attribute[kinds][]", "dark",
                        "attribute[kinds][]", "flickering",
                        "attribute[empty]", "",
                        "attributes", "not one",
                        "service_code", "street-lighting")
                .attributes();

        assertThat(attributes)
                .containsExactly(
                        Map.entry("pole-number", List.of("HK-0042")),
                        Map.entry("kinds", List.of("dark", "flickering")));
    }

    @Test
    void latAndLongMustBeNumbers() {
        assertThat(params("lat", "21.0285").decimal("lat")).contains(21.0285);
        assertThat(errorOf(() -> params("lat", "north").decimal("lat"))).isEqualTo(Open311Error.LAT_LONG_INVALID);
        assertThat(errorOf(() -> params("lat", "NaN").decimal("lat"))).isEqualTo(Open311Error.LAT_LONG_INVALID);
    }

    @Test
    void overlongValuesAreRefused() {
        assertThatThrownBy(() -> params("email", "x".repeat(300)).optional("email", 254))
                .isInstanceOf(Open311Exception.class);
    }

    @Test
    void thePaginationExtensionPagesWithinTheMaximum() {
        assertThat(params().page(1000)).isEqualTo(new Open311Parameters.Page(1000, 0));
        assertThat(params("page", "3", "page_size", "50").page(1000)).isEqualTo(new Open311Parameters.Page(50, 100));
        assertThat(errorOf(() -> params("page_size", "1001").page(1000))).isEqualTo(Open311Error.PAGE_INVALID);
        assertThat(errorOf(() -> params("page", "0").page(1000))).isEqualTo(Open311Error.PAGE_INVALID);
        assertThat(errorOf(() -> params("page", "two").page(1000))).isEqualTo(Open311Error.PAGE_INVALID);
    }
}
