package vn.civic.feedback.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.MyReport;
import vn.civic.feedback.PublicReport;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * A report's public page, shown by its own address and again by a refused rating or reopening: the public facts, the
 * timeline of public updates, and for the signed-in citizen whether it is theirs (to rate, reopen, follow).
 */
@Component
class ReportPageModel {

    static final String PAGE = "feedback/public/report";

    private final FeedbackReports reports;
    private final FeedbackMapProperties map;

    ReportPageModel(FeedbackReports reports, FeedbackMapProperties map) {
        this.reports = reports;
        this.map = map;
    }

    String show(String code, Model model) {
        boolean citizen = CurrentActor.has(Privilege.FEEDBACK_SUBMIT);
        Optional<MyReport> mine = citizen ? reports.myReport(code) : Optional.empty();
        // the citizen's own report already holds its public view: read once
        PublicReport report = mine.map(MyReport::report)
                .or(() -> reports.publicReport(code))
                .orElseThrow(() -> NotFoundException.of("FeedbackReport", code));
        return render(report, mine.orElse(null), citizen && report.status().isOpen() && mine.isEmpty(), model);
    }

    /**
     * The page for the holder of the report's token (the anonymous reporter's private link): what the reporter may
     * do on it, the forms carrying the token. A wrong token is "not found", as an unknown code is.
     */
    String showToTokenHolder(String code, String token, Model model) {
        MyReport mine =
                reports.tokenHolderReport(code, token).orElseThrow(() -> NotFoundException.of("FeedbackReport", code));
        model.addAttribute("token", token);
        return render(mine.report(), mine, false, model);
    }

    private String render(PublicReport report, MyReport mine, boolean mayFollow, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("updates", reports.updatesOf(report.code()));
        model.addAttribute("mine", mine);
        model.addAttribute("mayFollow", mayFollow);
        model.addAttribute("mayUnfollow", mine != null && mine.following() && !mine.reporter());
        model.addAttribute("map", map);
        if (!model.containsAttribute("actionErrors")) {
            model.addAttribute("actionErrors", java.util.Map.of());
        }
        return PAGE;
    }
}
