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
        PublicReport report =
                reports.publicReport(code).orElseThrow(() -> NotFoundException.of("FeedbackReport", code));
        boolean citizen = CurrentActor.has(Privilege.FEEDBACK_SUBMIT);
        Optional<MyReport> mine = citizen ? reports.myReport(code) : Optional.empty();
        model.addAttribute("report", report);
        model.addAttribute("updates", reports.updatesOf(code));
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("mayFollow", citizen && report.status().isOpen() && mine.isEmpty());
        model.addAttribute(
                "mayUnfollow", mine.map(m -> m.following() && !m.reporter()).orElse(false));
        model.addAttribute("map", map);
        if (!model.containsAttribute("actionErrors")) {
            model.addAttribute("actionErrors", java.util.Map.of());
        }
        return PAGE;
    }

    /**
     * The page for the holder of the report's token (the anonymous reporter's private link): what the reporter may
     * do on it, the forms carrying the token. A wrong token is "not found", as an unknown code is.
     */
    String showToTokenHolder(String code, String token, Model model) {
        MyReport mine =
                reports.tokenHolderReport(code, token).orElseThrow(() -> NotFoundException.of("FeedbackReport", code));
        show(code, model);
        model.addAttribute("mine", mine);
        model.addAttribute("mayFollow", false);
        model.addAttribute("mayUnfollow", false);
        model.addAttribute("token", token);
        return PAGE;
    }
}
