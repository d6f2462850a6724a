package vn.civic.feedback;

import java.util.List;
import java.util.Map;

/**
 * The leader dashboard: totals, by category, by responsible agency (the unit) and by status.
 *
 * @param byStatus reports of the period by their status now
 */
public record DashboardFigures(
        FigureRow total, List<FigureRow> byCategory, List<FigureRow> byAgency, Map<ReportStatus, Long> byStatus) {

    public DashboardFigures {
        byCategory = List.copyOf(byCategory);
        byAgency = List.copyOf(byAgency);
        byStatus = Map.copyOf(byStatus);
    }
}
