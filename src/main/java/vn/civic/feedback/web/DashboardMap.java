package vn.civic.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.civic.feedback.DeadlineFlag;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.QueueItem;

/**
 * The period's reports placed on a plain map drawn on the server (an SVG that needs neither JavaScript nor map tiles):
 * an equirectangular projection of the points' bounding box, longitude scaled by the cosine of the middle latitude so
 * that distances look right at Vietnam's latitudes. Each point's shape says its state (circle open, triangle overdue,
 * square answered or closed), not only its colour.
 */
public record DashboardMap(List<Point> points, int width, int height) {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    static final int MARGIN = 20;

    /** A report with a point; {@code x}, {@code y} in the drawing's units. */
    public record Point(
            String code,
            String categoryName,
            String statusKey,
            String kind,
            String address,
            String adminUnitName,
            double latitude,
            double longitude,
            double x,
            double y) {

        /** The triangle's corners for an overdue report, as SVG {@code points}. */
        public String triangle() {
            return String.format(
                    java.util.Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y - 7, x - 7, y + 6, x + 7, y + 6);
        }
    }

    /**
     * Places the rows that have a point ({@code located}: the public view of each row by code; hidden or unplaced
     * reports have none).
     */
    static DashboardMap of(List<QueueItem> rows, Map<String, PublicReport> located, java.util.Locale locale) {
        List<QueueItem> placed = rows.stream()
                .filter(r -> located.containsKey(r.code()))
                .filter(r -> located.get(r.code()).latitude() != null
                        && located.get(r.code()).longitude() != null)
                .toList();
        if (placed.isEmpty()) {
            return new DashboardMap(List.of(), WIDTH, HEIGHT);
        }
        double minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE,
                minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE;
        for (QueueItem r : placed) {
            PublicReport p = located.get(r.code());
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        // at least ~1 km across, so that a single report or a tight cluster sits in the middle, not in a corner
        double spanX = Math.max((maxLon - minLon) * cos, 0.01);
        double spanY = Math.max(maxLat - minLat, 0.01);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanX, (HEIGHT - 2.0 * MARGIN) / spanY);
        double centreX = (minLon + maxLon) / 2 * cos;
        double centreY = (minLat + maxLat) / 2;
        List<Point> points = new ArrayList<>();
        for (QueueItem r : placed) {
            PublicReport p = located.get(r.code());
            double x = WIDTH / 2.0 + (p.longitude() * cos - centreX) * scale;
            double y = HEIGHT / 2.0 - (p.latitude() - centreY) * scale;
            points.add(new Point(
                    r.code(),
                    r.categoryName(locale),
                    r.status().messageKey(),
                    kind(r),
                    p.address(),
                    p.adminUnitName(),
                    p.latitude(),
                    p.longitude(),
                    Math.round(x * 10) / 10.0,
                    Math.round(y * 10) / 10.0));
        }
        return new DashboardMap(points, WIDTH, HEIGHT);
    }

    /** {@code overdue}, {@code open} or {@code closed}. */
    static String kind(QueueItem r) {
        if (r.flag() == DeadlineFlag.OVERDUE) {
            return "overdue";
        }
        return r.status().isOpen() ? "open" : "closed";
    }
}
