package vn.civic.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;

/** The calendar as seeded for 2025–2027, with the real dates a one-stop office counts over. */
@CivicTest
@ExtendWith(OutputCaptureExtension.class)
class WorkingCalendarSeedTest {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarProperties properties;

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CivicTime.ZONE).toInstant();
    }

    @Test
    void workingSessionsComeFromTheApplicationProperties() {
        assertThat(properties.sessions()).isEqualTo(CalendarProperties.DEFAULT_SESSIONS);
        assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTet2026LandOnFriday27February() {
        // Tết Bính Ngọ: off from Saturday 14/02 to Sunday 22/02/2026; Monday 23/02 is the first working day after.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(calendar.addWorkingDays(at("2026-02-13T10:00"), 5)).isEqualTo(at("2026-02-27T10:00"));
    }

    @Test
    void theSaturdayWorkedInExchangeFor2May2025IsAWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
    }

    @Test
    void reunificationAndLabourDay2025WithTheSwappedFridayAreSkipped() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void hungKings2026OnASundayIsCompensatedOnMonday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void workingDaysAndTimeAreCountedAcrossTet() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27)))
                .isEqualTo(5);
        // Tết Ất Tỵ: 27–31/01/2025 are holidays; the five working days after 24/01 are 3–7/02.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7)))
                .isEqualTo(5);
        assertThat(calendar.workingTimeBetween(at("2026-02-13T10:00"), at("2026-02-27T10:00")))
                .isEqualTo(Duration.ofHours(40));
    }

    @Test
    void hoursRunOverTheLunchBreakAndOverTet() {
        assertThat(calendar.addWorkingDays(at("2026-02-13T11:00"), new BigDecimal("0.5")))
                .isEqualTo(at("2026-02-13T16:00"));
        assertThat(calendar.addWorkingHours(at("2026-02-13T15:00"), new BigDecimal("4")))
                .isEqualTo(at("2026-02-23T10:00"));
    }

    @Test
    void theNextWorkingMomentSkipsEveningsLunchAndDaysOff() {
        assertThat(calendar.nextWorkingMoment(at("2026-02-21T20:00"))).isEqualTo(at("2026-02-23T08:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-02-24T12:30"))).isEqualTo(at("2026-02-24T13:00"));
        // Friday 02/01/2026 was swapped for Saturday 10/01/2026.
        assertThat(calendar.nextWorkingMoment(at("2026-01-02T09:00"))).isEqualTo(at("2026-01-05T08:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-01-10T07:00"))).isEqualTo(at("2026-01-10T08:00"));
    }

    @Test
    void theYear2026Has250WorkingDays() {
        // 261 weekdays, less 13 weekday holidays and days off, plus the Saturdays 10/01 and 22/08 worked.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(250);
    }

    @Test
    void aTimeLimitRunsAcrossTheNewYear() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void everySeededYearHasItsHolidays() {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 1, 1)))
                    .as("1/1/%d", year)
                    .isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 4, 30)))
                    .as("30/4/%d", year)
                    .isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 9, 2)))
                    .as("2/9/%d", year)
                    .isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse(); // New Year's Eve of Đinh Mùi
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse(); // 10/3 Đinh Mùi
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse(); // 1/5/2027 was a Saturday
    }

    @Test
    void anUnseededYearCountsWeekendsOnlyAndSaysSo(CapturedOutput output) {
        assertThat(calendar.addWorkingDays(LocalDate.of(2150, 3, 6), 1)).isEqualTo(LocalDate.of(2150, 3, 9));
        assertThat(output).contains("no exception days for 2150");
    }
}
