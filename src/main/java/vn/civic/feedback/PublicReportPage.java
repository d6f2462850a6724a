package vn.civic.feedback;

import java.util.List;

/**
 * One page of public reports.
 *
 * @param more true when further reports match beyond this page
 */
public record PublicReportPage(List<PublicReport> reports, boolean more) {

    public PublicReportPage {
        reports = List.copyOf(reports);
    }
}
