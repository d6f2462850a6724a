package vn.civic.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;

/** An edit made on one node reaches another node's cached calendar within the refresh interval, not before. */
@CivicTest
class WorkingCalendarRefreshTest {

    /** A Monday nobody else's test depends on. */
    static final LocalDate MONDAY = LocalDate.of(2098, 3, 3);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarEditor editor;

    @Autowired
    WorkingCalendar thisNode;

    @Autowired
    CalendarProperties properties;

    @Test
    void anotherNodeSeesAnEditOnlyOnceTheRefreshIntervalHasPassed() {
        var clock = new SettableClock(Instant.parse("2026-11-23T03:00:00Z"));
        var otherNode = new WorkingCalendar(properties, new ExceptionDayCache(jdbc, clock, properties));
        assertThat(otherNode.isWorkingDay(MONDAY)).isTrue();

        CalendarDayView day = editor.create(new CalendarDayCommand(
                MONDAY, DayKind.WEEKDAY_OFF, "Ngày nghỉ thử nghiệm", "Test day off", "Kiểm thử"));
        try {
            assertThat(thisNode.isWorkingDay(MONDAY)).as("the node that edited").isFalse();
            assertThat(otherNode.isWorkingDay(MONDAY))
                    .as("another node, within the interval")
                    .isTrue();

            clock.instant = clock.instant.plus(properties.refreshInterval()).plusSeconds(1);
            assertThat(otherNode.isWorkingDay(MONDAY))
                    .as("another node, after the interval")
                    .isFalse();
        } finally {
            editor.delete(day.id(), day.version());
        }
        assertThat(thisNode.isWorkingDay(MONDAY)).isTrue();
    }

    static final class SettableClock extends Clock {
        Instant instant;

        SettableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return CivicTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
