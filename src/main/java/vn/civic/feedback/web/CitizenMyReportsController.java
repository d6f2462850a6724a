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
 * shows the report's page again with the field marked. An anonymous reporter rates and reopens the same way through
 * the private link given when they filed it ({@code /feedback/reports/<code>/reporter?token=…}): whoever holds the
 * report's submission token is its reporter.
 */
@Controller
class CitizenMyReportsController {

    static final String SUBMIT = "hasAuthority('FEEDBACK_SUBMIT')";

    static final int PAGE_SIZE = 20;

    private final FeedbackReports reports;
    private final ReportPageModel reportPage;

    CitizenMyReportsController(FeedbackReports reports, ReportPageModel reportPage) {
        this.reports = reports;
        this.reportPage = reportPage;
    }

    @GetMapping("/feedback/mine")
    @PreAuthorize(SUBMIT)
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
    @PreAuthorize(SUBMIT)
    String rate(
            @PathVariable String code,
            @RequestParam(required = false) String stars,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect) {
        mineOrNotFound(code);
        return rate(code, null, stars, comment, model, redirect, n -> reports.rate(code, n, blankToNull(comment)));
    }

    @PostMapping("/feedback/reports/{code}/reopen")
    @PreAuthorize(SUBMIT)
    String reopen(
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        mineOrNotFound(code);
        return reopen(code, null, reason, model, redirect, why -> reports.reopen(code, why));
    }

    /** The report's page for the holder of its token: the anonymous reporter's private link. */
    @GetMapping("/feedback/reports/{code}/reporter")
    @PreAuthorize("permitAll()")
    String tokenHolder(
            @PathVariable String code,
            @RequestParam(required = false) String token,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.web.csrf.CsrfToken csrf) {
        // the address holds the token: no page this one leads to is told it
        response.setHeader("Referrer-Policy", "no-referrer");
        // a visitor without a session gets the forms' token now, not while the long page is being written out
        csrf.getToken();
        return reportPage.showToTokenHolder(code, token, model);
    }

    @PostMapping("/feedback/reports/{code}/reporter/rating")
    @PreAuthorize("permitAll()")
    String rateWithToken(
            @PathVariable String code,
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String stars,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect) {
        // a wrong token is "not found" by the facade, or by the page shown again
        return rate(
                code,
                token,
                stars,
                comment,
                model,
                redirect,
                n -> reports.rateWithToken(code, token, n, blankToNull(comment)));
    }

    @PostMapping("/feedback/reports/{code}/reporter/reopen")
    @PreAuthorize("permitAll()")
    String reopenWithToken(
            @PathVariable String code,
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return reopen(code, token, reason, model, redirect, why -> reports.reopenWithToken(code, token, why));
    }

    private String rate(
            String code,
            String token,
            String stars,
            String comment,
            Model model,
            RedirectAttributes redirect,
            java.util.function.IntConsumer rating) {
        if (stars == null || !stars.matches("[1-5]")) {
            return again(
                    code,
                    token,
                    model,
                    "stars",
                    new FieldViolation("stars", "rating_range", "feedback.citizen.error.stars"),
                    comment,
                    null);
        }
        try {
            rating.accept(Integer.parseInt(stars));
        } catch (CivicException e) {
            return again(code, token, model, "stars", violation(e, "stars"), comment, null);
        }
        redirect.addFlashAttribute("done", "rated");
        return "redirect:" + after(code, token);
    }

    private String reopen(
            String code,
            String token,
            String reason,
            Model model,
            RedirectAttributes redirect,
            java.util.function.Consumer<String> reopening) {
        if (reason == null || reason.isBlank()) {
            return again(
                    code,
                    token,
                    model,
                    "reason",
                    new FieldViolation("reason", "reason_required", "feedback.citizen.error.reason"),
                    null,
                    reason);
        }
        try {
            reopening.accept(reason.strip());
        } catch (CivicException e) {
            return again(code, token, model, "reason", violation(e, "reason"), null, reason);
        }
        redirect.addFlashAttribute("done", "reopened");
        return "redirect:" + after(code, token);
    }

    /** Where an action leads: the report's page, or the token holder's again. */
    private static String after(String code, String token) {
        return token == null ? PublicFeedbackController.path(code) : PublicFeedbackController.reporterPath(code, token);
    }

    @PostMapping("/feedback/reports/{code}/follow")
    @PreAuthorize(SUBMIT)
    String follow(@PathVariable String code, RedirectAttributes redirect) {
        reports.follow(code);
        redirect.addFlashAttribute("done", "followed");
        return "redirect:" + PublicFeedbackController.path(code);
    }

    @PostMapping("/feedback/reports/{code}/unfollow")
    @PreAuthorize(SUBMIT)
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
            String code,
            String token,
            Model model,
            String input,
            FieldViolation violation,
            String comment,
            String reason) {
        model.addAttribute("actionErrors", java.util.Map.of(input, violation));
        model.addAttribute("comment", comment);
        model.addAttribute("reason", reason);
        return token == null ? reportPage.show(code, model) : reportPage.showToTokenHolder(code, token, model);
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
