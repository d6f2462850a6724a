package vn.civic.dossier.web.staff;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import vn.civic.dossier.DossierFigures;

/**
 * The columns of the statistics, in order: one list for the page's tables, the Excel workbook and the CSV file, so the
 * three always show the same figures. Labels are {@code dossier.statistics.column.<key>}.
 */
public enum StatisticsColumn {
    RECEIVED(Group.RECEIVED, Kind.COUNT, f -> f.received()),
    RECEIVED_ONLINE(Group.RECEIVED, Kind.COUNT, f -> f.receivedOnline()),
    RECEIVED_IN_PERSON(Group.RECEIVED, Kind.COUNT, f -> f.receivedInPerson()),
    RECEIVED_POST(Group.RECEIVED, Kind.COUNT, f -> f.receivedPost()),
    FINISHED(Group.FINISHED, Kind.COUNT, f -> f.finished()),
    FINISHED_EARLY(Group.FINISHED, Kind.COUNT, f -> f.finishedEarly()),
    FINISHED_ON_TIME(Group.FINISHED, Kind.COUNT, f -> f.finishedOnTime()),
    FINISHED_LATE(Group.FINISHED, Kind.COUNT, f -> f.finishedLate()),
    TIMELY_SHARE(Group.FINISHED, Kind.SHARE, DossierFigures::timelyShare),
    AVERAGE_DAYS(Group.FINISHED, Kind.DAYS, DossierFigures::averageProcessingDays),
    IN_PROGRESS(Group.IN_PROGRESS, Kind.COUNT, f -> f.inProgress()),
    IN_PROGRESS_ON_TIME(Group.IN_PROGRESS, Kind.COUNT, f -> f.inProgressOnTime()),
    IN_PROGRESS_OVERDUE(Group.IN_PROGRESS, Kind.COUNT, f -> f.inProgressOverdue()),
    ONLINE_SHARE(Group.INDEX, Kind.SHARE, DossierFigures::onlineShare),
    PAID_ONLINE(Group.INDEX, Kind.COUNT, f -> f.paidOnline()),
    PAID_ONLINE_SHARE(Group.INDEX, Kind.SHARE, DossierFigures::paidOnlineShare),
    DIGITISED(Group.INDEX, Kind.COUNT, f -> f.digitised()),
    DIGITISED_SHARE(Group.INDEX, Kind.SHARE, DossierFigures::digitisedShare),
    E_RESULTS(Group.INDEX, Kind.COUNT, f -> f.eResults()),
    E_RESULT_SHARE(Group.INDEX, Kind.SHARE, DossierFigures::eResultShare),
    RATINGS(Group.INDEX, Kind.COUNT, f -> f.ratings()),
    SATISFACTION_SHARE(Group.INDEX, Kind.SHARE, DossierFigures::satisfactionShare),
    AVERAGE_RATING(Group.INDEX, Kind.AVERAGE, DossierFigures::averageRating);

    /** The header cell spanning a run of columns. */
    public enum Group {
        RECEIVED,
        FINISHED,
        IN_PROGRESS,
        INDEX;

        public String key() {
            return "dossier.statistics.group." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public int span() {
            int n = 0;
            for (StatisticsColumn c : StatisticsColumn.values()) {
                n += c.group == this ? 1 : 0;
            }
            return n;
        }
    }

    /** How a value is written: a count, a share (0 to 1, shown as a percentage), days, an average rating. */
    public enum Kind {
        COUNT,
        SHARE,
        DAYS,
        AVERAGE
    }

    final Group group;
    final Kind kind;
    private final Function<DossierFigures, Number> value;

    StatisticsColumn(Group group, Kind kind, Function<DossierFigures, Number> value) {
        this.group = group;
        this.kind = kind;
        this.value = value;
    }

    public String key() {
        return "dossier.statistics.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value; null for a share or average with nothing to divide by. */
    public Number value(DossierFigures figures) {
        return value.apply(figures);
    }

    /** The value as the page shows it: counts grouped, shares as percentages with one decimal; empty for none. */
    public String text(DossierFigures figures, Locale locale) {
        Number n = value(figures);
        if (n == null) {
            return "";
        }
        return switch (kind) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(n.longValue());
            case SHARE -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMinimumFractionDigits(1);
                percent.setMaximumFractionDigits(1);
                yield percent.format(n.doubleValue());
            }
            case DAYS, AVERAGE -> {
                NumberFormat decimal = NumberFormat.getNumberInstance(locale);
                decimal.setMinimumFractionDigits(1);
                decimal.setMaximumFractionDigits(1);
                yield decimal.format(n.doubleValue());
            }
        };
    }

    /** The value in a file: counts as integers, shares and averages rounded to 4 decimals; null for none. */
    Number exported(DossierFigures figures) {
        Number n = value(figures);
        if (n == null || kind == Kind.COUNT) {
            return n;
        }
        return java.math.BigDecimal.valueOf(n.doubleValue()).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
