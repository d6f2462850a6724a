package vn.civic.platform.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.civic.platform.calendar.CalendarProperties.Session;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.time.CivicTime;

/**
 * The working-day calendar of the city's agencies: which days are worked, and time limits counted in working days
 * and working hours, as a one-stop office counts them (docs/decisions/0002-working-day-calendar.md).
 *
 * <ul>
 *   <li>A working day is Monday to Friday unless it is a public holiday or a weekday off, or a Saturday or Sunday
 *       marked worked. The exception days are data, seeded for 2025–2027 and edited on {@code /admin/calendar}; a
 *       year without any exception day counts weekends only and logs a warning.
 *   <li>Working time is the working sessions of working days ({@code civic.calendar.sessions}, by default 08:00–12:00
 *       and 13:00–17:00 in Asia/Ho_Chi_Minh). A session includes its start and excludes its end.
 *   <li>Time limits on instants count working time from the {@linkplain #nextWorkingMoment next working moment}: N
 *       working days are N times the working-day length, so a dossier received on Friday at 10:00 with 5 working days
 *       is due at 10:00 on the fifth working day after, and half a day is half a working day. A limit that ends
 *       exactly at the end of a session is due at that end (17:00), not at the next morning.
 *   <li>Time limits on dates count whole working days after the date (the date itself is not counted).
 * </ul>
 *
 * Amounts must be positive and at most {@link #MAX_WORKING_DAYS} working days; others are refused with
 * {@link CalendarError#TIME_LIMIT_OUT_OF_RANGE}. Thread-safe; reads the exception days from memory.
 */
@Service
public class WorkingCalendar {

    /** The largest time limit accepted, about forty years: anything longer is a data error, not a time limit. */
    public static final int MAX_WORKING_DAYS = 10_000;

    /** A run of days off longer than this means the calendar data is broken (every weekday marked off). */
    private static final int MAX_DAYS_WITHOUT_WORK = 3 * 366;

    private final List<Session> sessions;
    private final Duration workingDayLength;
    private final ExceptionDays exceptions;

    WorkingCalendar(CalendarProperties properties, ExceptionDays exceptions) {
        this.sessions = properties.sessions();
        this.workingDayLength = properties.workingDayLength();
        this.exceptions = exceptions;
    }

    /** The working time of one working day (8 hours by default). */
    public Duration workingDayLength() {
        return workingDayLength;
    }

    /** True when the agencies work on that date. */
    public boolean isWorkingDay(LocalDate date) {
        return DayKind.isWorkingDay(date, exceptions.kindOn(date));
    }

    /**
     * The {@code days}-th working day after {@code date}; the date itself is not counted, whether worked or not.
     * Friday 13/02/2026 plus 5 is Friday 27/02/2026, over the Tết holidays.
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        requireInRange(days);
        LocalDate day = date;
        for (int left = days; left > 0; left--) {
            day = nextWorkingDay(day.plusDays(1));
        }
        return day;
    }

    /**
     * {@code days} working days of working time after {@code start}: the same time of day on the {@code days}-th
     * working day after, when {@code start} is within a session.
     */
    public Instant addWorkingDays(Instant start, int days) {
        requireInRange(days);
        return addWorkingTime(start, workingDayLength.multipliedBy(days));
    }

    /** Working days that may be fractional: 0.5 is half a working day (4 hours by default). */
    public Instant addWorkingDays(Instant start, BigDecimal days) {
        return addWorkingTime(start, workingTime(days.multiply(BigDecimal.valueOf(workingDayLength.toSeconds()))));
    }

    /** Working hours, possibly fractional (1.5 is an hour and a half of working time). */
    public Instant addWorkingHours(Instant start, BigDecimal hours) {
        return addWorkingTime(start, workingTime(hours.multiply(BigDecimal.valueOf(3600))));
    }

    /**
     * The moment when {@code amount} of working time has passed since {@code start}, counted from the next working
     * moment. A result at the end of a session stays at that end.
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        requireInRange(amount);
        ZonedDateTime from = nextWorkingMoment(start).atZone(CivicTime.ZONE);
        LocalDate day = from.toLocalDate();
        LocalTime time = from.toLocalTime();
        Duration left = amount;
        while (true) {
            for (Session session : sessions) {
                if (!time.isBefore(session.end())) {
                    continue;
                }
                LocalTime begin = time.isAfter(session.start()) ? time : session.start();
                Duration available = Duration.between(begin, session.end());
                if (left.compareTo(available) <= 0) {
                    return at(day, begin.plus(left));
                }
                left = left.minus(available);
            }
            day = nextWorkingDay(day.plusDays(1));
            time = LocalTime.MIDNIGHT;
        }
    }

    /**
     * The first moment at or after {@code moment} that is within a working session: the moment itself during working
     * hours; otherwise the start of the next session (Saturday evening gives Monday 08:00 unless Monday is off, 12:30
     * gives 13:00, 17:00 gives the next working morning).
     */
    public Instant nextWorkingMoment(Instant moment) {
        ZonedDateTime at = moment.atZone(CivicTime.ZONE);
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        if (isWorkingDay(day)) {
            for (Session session : sessions) {
                if (time.isBefore(session.end())) {
                    return time.isBefore(session.start()) ? at(day, session.start()) : moment;
                }
            }
        }
        return at(nextWorkingDay(day.plusDays(1)), sessions.getFirst().start());
    }

    /**
     * Working days after {@code from} up to and including {@code to}: the inverse of {@link #addWorkingDays(LocalDate,
     * int)}. Zero for the same date; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The working time within {@code [from, to)}: the inverse of {@link #addWorkingTime}. Divide by
     * {@link #workingDayLength()} for working days. Negative when {@code to} is before {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        ZonedDateTime start = from.atZone(CivicTime.ZONE);
        ZonedDateTime end = to.atZone(CivicTime.ZONE);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalTime low = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
            LocalTime high = day.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
            for (Session session : sessions) {
                LocalTime begin = low.isAfter(session.start()) ? low : session.start();
                LocalTime finish = high.isBefore(session.end()) ? high : session.end();
                if (begin.isBefore(finish)) {
                    total = total.plus(Duration.between(begin, finish));
                }
            }
        }
        return total;
    }

    /** The first working day on or after {@code day}. */
    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("The working-day calendar has no working day in the " + MAX_DAYS_WITHOUT_WORK
                + " days from " + day + ": check the exception days on /admin/calendar");
    }

    private static void requireInRange(int days) {
        if (days <= 0 || days > MAX_WORKING_DAYS) {
            throw outOfRange();
        }
    }

    private void requireInRange(Duration amount) {
        if (amount.isNegative()
                || amount.isZero()
                || amount.compareTo(workingDayLength.multipliedBy(MAX_WORKING_DAYS)) > 0) {
            throw outOfRange();
        }
    }

    private static InvalidInputException outOfRange() {
        return new InvalidInputException(CalendarError.TIME_LIMIT_OUT_OF_RANGE, List.of(), MAX_WORKING_DAYS);
    }

    /** Seconds of working time, rounded to the second: a time limit finer than that means nothing to a dossier. */
    private Duration workingTime(BigDecimal seconds) {
        BigDecimal rounded = seconds.setScale(0, RoundingMode.HALF_UP);
        BigDecimal max =
                BigDecimal.valueOf(workingDayLength.toSeconds()).multiply(BigDecimal.valueOf(MAX_WORKING_DAYS));
        if (rounded.signum() <= 0 || rounded.compareTo(max) > 0) {
            throw outOfRange();
        }
        return Duration.ofSeconds(rounded.longValueExact());
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CivicTime.ZONE).toInstant();
    }
}
