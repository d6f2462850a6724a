package vn.civic.dossier.web.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.civic.dossier.DossierFigures;
import vn.civic.dossier.DossierStatistics.Line;
import vn.civic.dossier.DossierStatistics.Report;

/**
 * The geometry of the statistics' charts, drawn by the page as SVG (no script): bars in a 0–100 % frame whose labels
 * and values the template writes from the message bundles. Each chart repeats figures of the tables beside it, which
 * remain the accessible source.
 */
public record StatisticsCharts(List<Bar> timeliness, List<Bar> indicators) {

    /** Lines drawn at most; the tables list all. */
    static final int MAX_BARS = 12;

    static final double LABEL_WIDTH = 240;
    static final double PLOT_WIDTH = 380;
    static final double BAR_HEIGHT = 22;
    static final double ROW_HEIGHT = 30;

    /**
     * One horizontal bar.
     *
     * @param label the line's name, or a message key for the indicators
     * @param y its top
     */
    public record Bar(String label, double y, List<Segment> segments) {}

    /**
     * A part of a bar.
     *
     * @param part what it shows: early, on-time, late, or an indicator's column
     * @param count the figure; share its part of the whole (0 to 1)
     */
    public record Segment(String part, double x, double width, long count, double share) {}

    static StatisticsCharts of(Report report) {
        List<Line> lines = report.byAgency().size() > 1 ? report.byAgency() : report.byProcedure();
        List<Bar> timeliness = new ArrayList<>();
        lines.stream()
                .filter(l -> l.figures().finished() > 0)
                .sorted(Comparator.comparingLong((Line l) -> l.figures().finished())
                        .reversed())
                .limit(MAX_BARS)
                .forEach(l -> timeliness.add(timelinessBar(l.name(), l.figures(), timeliness.size())));
        List<Bar> indicators = new ArrayList<>();
        DossierFigures total = report.total();
        for (StatisticsColumn column : List.of(
                StatisticsColumn.TIMELY_SHARE,
                StatisticsColumn.ONLINE_SHARE,
                StatisticsColumn.PAID_ONLINE_SHARE,
                StatisticsColumn.DIGITISED_SHARE,
                StatisticsColumn.E_RESULT_SHARE,
                StatisticsColumn.SATISFACTION_SHARE)) {
            Number share = column.value(total);
            double value = share == null ? 0 : share.doubleValue();
            indicators.add(new Bar(
                    column.key(),
                    indicators.size() * ROW_HEIGHT,
                    List.of(new Segment(column.name(), LABEL_WIDTH, PLOT_WIDTH * value, -1, value))));
        }
        return new StatisticsCharts(List.copyOf(timeliness), List.copyOf(indicators));
    }

    private static Bar timelinessBar(String label, DossierFigures f, int row) {
        double finished = f.finished();
        List<Segment> segments = new ArrayList<>();
        double x = LABEL_WIDTH;
        long[] counts = {f.finishedEarly(), f.finishedOnTime(), f.finishedLate()};
        String[] parts = {"EARLY", "ON_TIME", "LATE"};
        for (int i = 0; i < counts.length; i++) {
            double width = PLOT_WIDTH * counts[i] / finished;
            segments.add(new Segment(parts[i], x, width, counts[i], counts[i] / finished));
            x += width;
        }
        return new Bar(label, row * ROW_HEIGHT, List.copyOf(segments));
    }

    public double timelinessHeight() {
        return Math.max(1, timeliness.size()) * ROW_HEIGHT;
    }

    public double indicatorsHeight() {
        return Math.max(1, indicators.size()) * ROW_HEIGHT;
    }
}
