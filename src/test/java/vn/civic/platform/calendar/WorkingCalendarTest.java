package vn.civic.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civic.platform.calendar.CalendarProperties.Session;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.time.CivicTime;

/**
 * The arithmetic of time limits, on a small calendar held in memory: in March 2026, Monday the 9th is a weekday off
 * and Saturday the 14th is a weekend day worked; 1 January 2027 is a public holiday.
 */
class WorkingCalendarTest {

    static final Map<LocalDate, DayKind> EXCEPTIONS = Map.of(
            LocalDate.of(2026, 3, 9), DayKind.WEEKDAY_OFF,
            LocalDate.of(2026, 3, 14), DayKind.WEEKEND_WORKED,
            LocalDate.of(2027, 1, 1), DayKind.PUBLIC_HOLIDAY);

    final WorkingCalendar calendar = new WorkingCalendar(new CalendarProperties(null, null), EXCEPTIONS::get);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CivicTime.ZONE).toInstant();
    }

    @Test
    void aWorkingDayIsEightHoursOfMorningAndAfternoonSessionsByDefault() {
        assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void workingDaysFollowTheWeekAndTheExceptions() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue(); // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse(); // Monday off
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isTrue(); // Saturday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse(); // holiday
    }

    @Test
    void workingDaysFromInsideASessionAreDueAtTheSameTimeOfDay() {
        // Friday 10:00 + 5: Tue 10, Wed 11, Thu 12, Fri 13, Sat 14 (worked); Monday the 9th is off.
        assertThat(calendar.addWorkingDays(at("2026-03-06T10:00"), 5)).isEqualTo(at("2026-03-14T10:00"));
        assertThat(calendar.addWorkingDays(at("2026-03-10T14:25:30"), 2)).isEqualTo(at("2026-03-12T14:25:30"));
    }

    @Test
    void aTimeLimitReceivedOutsideWorkingHoursStartsAtTheNextWorkingMoment() {
        // Friday evening: the count starts on Tuesday 08:00 (weekend, then Monday off) and one day ends that evening.
        assertThat(calendar.addWorkingDays(at("2026-03-06T18:30"), 1)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(calendar.addWorkingDays(at("2026-03-10T07:00"), 1)).isEqualTo(at("2026-03-10T17:00"));
        // At lunch the count starts at 13:00; the eight hours end with the next morning's session, at 12:00.
        assertThat(calendar.addWorkingDays(at("2026-03-10T12:15"), 1)).isEqualTo(at("2026-03-11T12:00"));
    }

    @Test
    void aTimeLimitEndingWithASessionIsDueAtTheEndOfThatSession() {
        assertThat(calendar.addWorkingHours(at("2026-03-10T08:00"), new BigDecimal("4")))
                .isEqualTo(at("2026-03-10T12:00"));
        assertThat(calendar.addWorkingHours(at("2026-03-10T13:00"), new BigDecimal("4")))
                .isEqualTo(at("2026-03-10T17:00"));
    }

    @Test
    void halfAWorkingDayIsFourHoursAcrossTheLunchBreak() {
        assertThat(calendar.addWorkingDays(at("2026-03-10T10:00"), new BigDecimal("0.5")))
                .isEqualTo(at("2026-03-10T15:00"));
        assertThat(calendar.addWorkingHours(at("2026-03-10T11:00"), new BigDecimal("1.5")))
                .isEqualTo(at("2026-03-10T13:30"));
    }

    @Test
    void hoursCarryOverTheWeekendAndADayOff() {
        // Friday 15:00-17:00 is two hours; the other two are Tuesday 08:00-10:00.
        assertThat(calendar.addWorkingHours(at("2026-03-06T15:00"), new BigDecimal("4")))
                .isEqualTo(at("2026-03-10T10:00"));
        assertThat(calendar.addWorkingDays(at("2026-03-06T15:00"), new BigDecimal("0.5")))
                .isEqualTo(at("2026-03-10T10:00"));
    }

    @Test
    void theNextWorkingMomentIsTheMomentItselfOrTheStartOfTheNextSession() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-07T20:00"))).isEqualTo(at("2026-03-10T08:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-10T12:30"))).isEqualTo(at("2026-03-10T13:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-10T12:00"))).isEqualTo(at("2026-03-10T13:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-10T17:00"))).isEqualTo(at("2026-03-11T08:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-10T09:15:30"))).isEqualTo(at("2026-03-10T09:15:30"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-14T07:00"))).isEqualTo(at("2026-03-14T08:00"));
    }

    @Test
    void daysAndHoursAgreeAndWorkingTimeBetweenIsTheirInverse() {
        for (Instant start = at("2026-03-05T06:00");
                start.isBefore(at("2026-03-16T20:00"));
                start = start.plus(Duration.ofMinutes(35))) {
            for (int days = 1; days <= 6; days++) {
                Instant due = calendar.addWorkingDays(start, days);
                assertThat(calendar.addWorkingHours(start, BigDecimal.valueOf(8L * days)))
                        .as("%d days from %s", days, start)
                        .isEqualTo(due);
                assertThat(calendar.workingTimeBetween(start, due))
                        .as("working time from %s to %s", start, due)
                        .isEqualTo(Duration.ofHours(8L * days));
                assertThat(calendar.workingTimeBetween(due, start)).isEqualTo(Duration.ofHours(-8L * days));
            }
        }
    }

    @Test
    void workingTimeBetweenCountsOnlySessionsOfWorkingDays() {
        // Friday 16:00-17:00 and Tuesday 08:00-09:00; the weekend and Monday off count nothing.
        assertThat(calendar.workingTimeBetween(at("2026-03-06T16:00"), at("2026-03-10T09:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(at("2026-03-10T11:30"), at("2026-03-10T13:30")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void workingDaysOnDatesCountTheDaysAfterTheDate() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 13), 1)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        LocalDate from = LocalDate.of(2026, 3, 4);
        for (int days = 1; days <= 20; days++) {
            LocalDate due = calendar.addWorkingDays(from, days);
            assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(days);
            assertThat(calendar.workingDaysBetween(due, from)).isEqualTo(-days);
        }
        assertThat(calendar.workingDaysBetween(from, from)).isZero();
    }

    @Test
    void timeLimitsRunAcrossTheNewYear() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.addWorkingDays(at("2026-12-31T16:00"), 1)).isEqualTo(at("2027-01-04T16:00"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)))
                .isEqualTo(2);
    }

    @Test
    void zeroNegativeAndAbsurdTimeLimitsAreRefusedWithACode() {
        Instant start = at("2026-03-10T10:00");
        List.<Runnable>of(
                        () -> calendar.addWorkingDays(start, 0),
                        () -> calendar.addWorkingDays(start, -1),
                        () -> calendar.addWorkingDays(LocalDate.of(2026, 3, 10), 0),
                        () -> calendar.addWorkingDays(start, WorkingCalendar.MAX_WORKING_DAYS + 1),
                        () -> calendar.addWorkingDays(start, new BigDecimal("-0.5")),
                        () -> calendar.addWorkingHours(start, BigDecimal.ZERO),
                        () -> calendar.addWorkingHours(start, new BigDecimal("1e30")),
                        () -> calendar.addWorkingTime(start, Duration.ZERO),
                        () -> calendar.addWorkingTime(start, Duration.ofHours(-1)))
                .forEach(call -> assertThatThrownBy(call::run)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(CalendarError.TIME_LIMIT_OUT_OF_RANGE)));
    }

    @Test
    void configuredSessionsDefineTheWorkingDay() {
        var properties = new CalendarProperties(
                List.of(
                        new Session(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        new Session(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                null);
        var custom = new WorkingCalendar(properties, EXCEPTIONS::get);
        assertThat(custom.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
        assertThat(custom.addWorkingHours(at("2026-03-10T11:00"), BigDecimal.ONE))
                .isEqualTo(at("2026-03-10T14:00"));
        assertThat(custom.addWorkingDays(at("2026-03-10T07:30"), 1)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(custom.nextWorkingMoment(at("2026-03-10T12:00"))).isEqualTo(at("2026-03-10T13:30"));
    }

    @Test
    void overlappingOrEmptySessionsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new CalendarProperties(
                        List.of(
                                new Session(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                new Session(LocalTime.of(11, 0), LocalTime.of(17, 0))),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(LocalTime.of(12, 0), LocalTime.of(12, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
