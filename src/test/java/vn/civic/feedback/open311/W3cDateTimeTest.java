package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The W3C date-time note's profiles, the time zone required with a time, and Civic's own way of writing them. */
class W3cDateTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2010-01-01T00:00:00Z, 2010-01-01T00:00:00Z",
        "1994-11-05T08:15:30-05:00, 1994-11-05T13:15:30Z",
        "2026-12-03T08:30:00+07:00, 2026-12-03T01:30:00Z",
        "2026-12-03T08:30+07:00, 2026-12-03T01:30:00Z",
        "2026-12-03T08:30:00.25+07:00, 2026-12-03T01:30:00.25Z",
        "2026-12-03, 2026-12-02T17:00:00Z",
        "2026-12, 2026-11-30T17:00:00Z",
        "2026, 2025-12-31T17:00:00Z",
        // a '+' a client did not encode arrives as a space
        "'2026-12-03T08:30:00 07:00', 2026-12-03T01:30:00Z"
    })
    void readsEveryProfileOfTheNote(String value, String instant) {
        assertThat(W3cDateTime.parse(value)).contains(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-03T08:30:00", // a time needs its zone
                "2026-13-01",
                "2026-02-30",
                "2026-12-03T25:00:00Z",
                "03/12/2026",
                "yesterday",
                "2026-12-03T08:30:00+0700",
                "",
                "20261203"
            })
    void refusesWhatIsNotAW3cDateTime(String value) {
        assertThat(W3cDateTime.parse(value)).isEmpty();
    }

    @Test
    void writesSecondsInVietnamsOffset() {
        assertThat(W3cDateTime.format(Instant.parse("2026-12-03T01:30:00.987Z")))
                .isEqualTo("2026-12-03T08:30:00+07:00");
    }
}
