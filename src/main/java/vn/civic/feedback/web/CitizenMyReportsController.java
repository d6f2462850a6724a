package vn.civic.feedback.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.MyReport;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.NotFoundException;

/**
 * The signed-in citizen's side: "Phản ánh của tôi" (reports filed and followed, with their statuses), and on a
 * report's page the reporter's rating of the answer and reopening within the window, following and unfollowing. The
 * facade checks that the caller is the reporter (or a follower) and when each action is allowed; a refused action
 * shows the report's page again with the field marked.
 */
@Controller
@PreAuthorize("hasAuthority('FEEDBACK_SUBMIT')")
class CitizenMyReportsController {

    static final int PAGE_SIZE = 20;

    private final FeedbackReports reports;
    private final ReportPageModel reportPage;

    CitizenMyReportsController(FeedbackReports reports, ReportPageModel reportPage) {
        this.reports = reports;
        this.reportPage = reportPage;
    }

    @GetMapping("/feedback/mine")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        int number = Math.max(page, 0);
        // one more than a page tells whether a next page exists
        List<MyReport> found = reports.myReports(PAGE_SIZE + 1, number * PAGE_SIZE);
        model.addAttribute("reports", found.subList(0, Math.min(found.size(), PAGE_SIZE)));
        model.addAttribute("page", number);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        return "feedback/public/mine";
    }

    @PostMapping("/feedback/reports/{code}/rating")
    String rate(
            @PathVariable String code,
            @RequestParam(required = false) String stars,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect) {
        mineOrNotFound(code);
        if (stars == null || !stars.matches("[1-5]")) {
            return again(
                    code,
                    model,
                    "stars",
                    new FieldViolation("stars", "rating_range", "feedback.citizen.error.stars"),
                    comment,
                    null);
        }
        try {
            reports.rate(code, Integer.parseInt(stars), blankToNull(comment));
        } catch (CivicException e) {
            return again(code, model, "stars", violation(e, "stars"), comment, null);
        }
        redirect.addFlashAttribute("done", "rated");
        return "redirect:" + PublicFeedbackController.path(code);
    }

    @PostMapping("/feedback/reports/{code}/reopen")
    String reopen(
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        mineOrNotFound(code);
        if (reason == null || reason.isBlank()) {
            return again(
                    code,
                    model,
                    "reason",
                    new FieldViolation("reason", "reason_required", "feedback.citizen.error.reason"),
                    null,
                    reason);
        }
        try {
            reports.reopen(code, reason.strip());
        } catch (CivicException e) {
            return again(code, model, "reason", violation(e, "reason"), null, reason);
        }
        redirect.addFlashAttribute("done", "reopened");
        return "redirect:" + PublicFeedbackController.path(code);
    }

    @PostMapping("/feedback/reports/{code}/follow")
    String follow(@PathVariable String code, RedirectAttributes redirect) {
        reports.follow(code);
        redirect.addFlashAttribute("done", "followed");
        return "redirect:" + PublicFeedbackController.path(code);
    }

    @PostMapping("/feedback/reports/{code}/unfollow")
    String unfollow(@PathVariable String code, RedirectAttributes redirect) {
        reports.unfollow(code);
        redirect.addFlashAttribute("done", "unfollowed");
        return "redirect:" + PublicFeedbackController.path(code);
    }

    private void mineOrNotFound(String code) {
        if (reports.myReport(code).isEmpty()) {
            throw NotFoundException.of("FeedbackReport", code);
        }
    }

    /** The report's page again, the refused form's field marked and what was typed kept. */
    private String again(
            String code, Model model, String input, FieldViolation violation, String comment, String reason) {
        model.addAttribute("actionErrors", java.util.Map.of(input, violation));
        model.addAttribute("comment", comment);
        model.addAttribute("reason", reason);
        return reportPage.show(code, model);
    }

    /** A refusal of the facade as the field's message: its own violation, else the error code's message. */
    private static FieldViolation violation(CivicException e, String field) {
        if (!e.violations().isEmpty()) {
            return e.violations().getFirst();
        }
        return new FieldViolation(
                field, e.errorCode().code(), "error." + e.errorCode().code(), e.args());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
