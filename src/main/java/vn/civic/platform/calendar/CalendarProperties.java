package vn.civic.platform.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working hours and cache settings of the working-day calendar ({@code civic.calendar.*}). Times are wall-clock times
 * in {@link vn.civic.platform.time.CivicTime#ZONE}.
 *
 * @param sessions the working sessions of a working day, in order and not overlapping; by default the civil
 *     servants' morning 08:00–12:00 and afternoon 13:00–17:00 (8 hours, Labour Code 2019 Art. 105)
 * @param refreshInterval how often a node asks the database whether the calendar was edited elsewhere: the longest
 *     time another node may count with an outdated calendar (default 30 seconds)
 */
@ConfigurationProperties("civic.calendar")
public record CalendarProperties(List<Session> sessions, Duration refreshInterval) {

    public static final List<Session> DEFAULT_SESSIONS = List.of(
            new Session(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new Session(LocalTime.of(13, 0), LocalTime.of(17, 0)));

    /** One working session: from {@code start} (inclusive) to {@code end} (exclusive), within one day. */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            Objects.requireNonNull(start, "civic.calendar.sessions[].start");
            Objects.requireNonNull(end, "civic.calendar.sessions[].end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException(
                        "civic.calendar: a working session must start before it ends: " + start + "-" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public CalendarProperties {
        sessions = sessions == null || sessions.isEmpty() ? DEFAULT_SESSIONS : List.copyOf(sessions);
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException(
                        "civic.calendar: working sessions must be in order and not overlap: " + sessions);
            }
        }
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("civic.calendar.refresh-interval must not be negative");
        }
    }

    /** The working time of one working day: the sum of its sessions. */
    public Duration workingDayLength() {
        return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }
}
