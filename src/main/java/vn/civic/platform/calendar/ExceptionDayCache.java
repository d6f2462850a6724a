package vn.civic.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exception days in memory, one small map per year, read on every due-date computation without touching the
 * database. Edits on this node drop the maps when they commit; edits on another node bump {@code calendar_revision},
 * which this node reads at most once per {@link CalendarProperties#refreshInterval()}: that bounds how long a node
 * counts with an outdated calendar (docs/decisions/0002-working-day-calendar.md).
 */
@Component
class ExceptionDayCache implements ExceptionDays {

    private static final Logger log = LoggerFactory.getLogger(ExceptionDayCache.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long refreshMillis;
    private final AtomicLong nextCheck = new AtomicLong(Long.MIN_VALUE);
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
    private volatile long seenRevision = -1;

    /**
     * Replaced as a whole on invalidation: a year still being loaded from before the edit goes into the old map and is
     * dropped with it, so stale rows never outlive an invalidation.
     */
    private volatile ConcurrentMap<Integer, Map<LocalDate, DayKind>> years = new ConcurrentHashMap<>();

    ExceptionDayCache(JdbcTemplate jdbc, Clock clock, CalendarProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refreshMillis = properties.refreshInterval().toMillis();
    }

    @Override
    public DayKind kindOn(LocalDate date) {
        checkRevision();
        return years.computeIfAbsent(date.getYear(), this::load).get(date);
    }

    /** Drops every cached year once the current transaction commits (at once outside a transaction). */
    void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private void invalidate() {
        years = new ConcurrentHashMap<>();
    }

    /** One thread per interval asks for the revision; the others go on with the cached years meanwhile. */
    private void checkRevision() {
        long now = clock.millis();
        long due = nextCheck.get();
        if (now < due || !nextCheck.compareAndSet(due, now + refreshMillis)) {
            return;
        }
        Long revision = jdbc.queryForObject("select revision from calendar_revision where id = 1", Long.class);
        if (revision != null && revision != seenRevision) {
            seenRevision = revision;
            invalidate();
        }
    }

    private Map<LocalDate, DayKind> load(int year) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        jdbc.query(
                "select calendar_date, kind from calendar_day where calendar_date between ? and ?",
                rs -> {
                    days.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
                },
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        if (days.isEmpty() && warnedYears.add(year)) {
            // Every real year has at least New Year's Day: an empty year was never seeded.
            log.warn(
                    "The working-day calendar has no exception days for {}: counting Saturdays and Sundays as the only"
                            + " days off. Add the year's holidays on /admin/calendar.",
                    year);
        }
        return Map.copyOf(days);
    }
}
