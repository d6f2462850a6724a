package vn.civic.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.civic.platform.time.CivicTime;

/**
 * The days a statistics report covers, in Vietnam: a month, a quarter, a year or any range of whole days.
 *
 * @param from the first day
 * @param to the last day, included
 */
public record StatisticsPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** The longest range a report may cover: ten years. */
    public static final int MAX_DAYS = 3660;

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        RANGE
    }

    public StatisticsPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    public static StatisticsPeriod month(YearMonth month) {
        return new StatisticsPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** @param quarter 1 to 4 */
    public static StatisticsPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * (quarter - 1) + 1);
        return new StatisticsPeriod(
                Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static StatisticsPeriod year(int year) {
        return new StatisticsPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static StatisticsPeriod range(LocalDate from, LocalDate to) {
        return new StatisticsPeriod(Kind.RANGE, from, to);
    }

    /** The first instant of the period: midnight of its first day in Vietnam. */
    public Instant start() {
        return from.atStartOfDay(CivicTime.ZONE).toInstant();
    }

    /** The first instant after the period: midnight after its last day in Vietnam. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(CivicTime.ZONE).toInstant();
    }
}
