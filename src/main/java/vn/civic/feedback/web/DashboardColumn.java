package vn.civic.feedback.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import vn.civic.feedback.FigureRow;

/**
 * The columns of the dashboard's tables, in the page's and the exports' order, so that the screen, Excel and CSV show
 * the same figures: counts, then Decision 766's two satisfaction indicators as shares (0 to 1).
 */
public enum DashboardColumn {
    RECEIVED(Kind.COUNT, FigureRow::received),
    OPEN(Kind.COUNT, FigureRow::open),
    OVERDUE(Kind.COUNT, FigureRow::overdue),
    ANSWERED(Kind.COUNT, FigureRow::answered),
    ANSWERED_ON_TIME(Kind.COUNT, FigureRow::answeredOnTime),
    ON_TIME_RATE(Kind.SHARE, FigureRow::onTimeRate),
    RATED(Kind.COUNT, FigureRow::rated),
    UNSATISFIED(Kind.COUNT, FigureRow::unsatisfied),
    SATISFACTION_RATE(Kind.SHARE, FigureRow::satisfactionRate);

    enum Kind {
        COUNT,
        SHARE
    }

    final Kind kind;
    private final Function<FigureRow, Number> value;

    DashboardColumn(Kind kind, Function<FigureRow, Number> value) {
        this.kind = kind;
        this.value = value;
    }

    /** The heading's message key. */
    public String key() {
        return "feedback.work.dashboard.column." + name();
    }

    /** The value for a file: a count, a share from 0 to 1, or null when there is nothing to divide. */
    Number value(FigureRow row) {
        return value.apply(row);
    }

    /** The value as the page shows it: a count, or a share as a percentage with one decimal; a dash for none. */
    public String text(FigureRow row, Locale locale) {
        Number number = value(row);
        if (number == null) {
            return "—";
        }
        if (kind == Kind.SHARE) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(1);
            return percent.format(number.doubleValue());
        }
        return NumberFormat.getIntegerInstance(locale).format(number.longValue());
    }

    public boolean share() {
        return kind == Kind.SHARE;
    }
}
