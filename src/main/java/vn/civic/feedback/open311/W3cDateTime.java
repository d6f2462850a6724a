package vn.civic.feedback.open311;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.civic.platform.time.CivicTime;

/**
 * Dates as the specification writes them: "a common subset of ISO 8601 as per the w3 note" (W3C NOTE-datetime), with
 * the time zone ({@code Z} or {@code ±hh:mm}) required whenever there is a time. Civic writes seconds and Vietnam's
 * offset: {@code 2026-12-03T08:30:00+07:00}.
 */
public final class W3cDateTime {

    /** The six profiles of the W3C note: year, year-month, date, date with hh:mm, with hh:mm:ss, with a fraction. */
    private static final Pattern PROFILES = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
            + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    /** An offset whose "+" a client left unencoded in a query string arrives as a space: {@code …T00:00:00 07:00}. */
    private static final Pattern UNENCODED_PLUS =
            Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:\\d{2})$");

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private W3cDateTime() {}

    /**
     * The instant a parameter names, or empty when it is not a W3C date-time. A date without a time (or a year, or a
     * year and month) is the start of that day (month, year) in Vietnam's time.
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.length() > 40) {
            return Optional.empty();
        }
        String text = UNENCODED_PLUS.matcher(value.strip()).replaceFirst("$1+$2");
        Matcher m = PROFILES.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate date = LocalDate.of(year, month, day);
            if (m.group(4) == null) {
                return Optional.of(date.atStartOfDay(CivicTime.ZONE).toInstant());
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int nanos = m.group(7) == null ? 0 : fractionNanos(m.group(7));
            LocalDateTime local = LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second, nanos));
            ZoneOffset offset = "Z".equals(m.group(8)) ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return Optional.of(OffsetDateTime.of(local, offset).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int fractionNanos(String fraction) {
        String digits = (fraction.substring(1) + "000000000").substring(0, 9);
        return Integer.parseInt(digits);
    }

    /** An instant as Civic writes it: to the second, in Vietnam's offset. */
    public static String format(Instant instant) {
        return instant == null
                ? null
                : WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CivicTime.ZONE));
    }

    /** A configured date-time as written ({@code changeset}). */
    public static String format(OffsetDateTime dateTime) {
        return dateTime == null ? null : format(dateTime.toInstant());
    }
}
