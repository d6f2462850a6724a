package vn.civic.feedback.web;

import java.util.EnumSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.QueueFilter;
import vn.civic.feedback.ReportStatus;

/**
 * The city's routing desk: the reports nobody owns yet (unroutable on arrival, or returned by a unit with a reason),
 * routing a report to an agency, merging a duplicate into another report, and moderation (hiding a report or one of
 * its photos with a reason). Needs {@code FEEDBACK_ROUTE}; the facade refuses staff of other agencies.
 */
@Controller
@PreAuthorize(DeskController.ROUTE)
class DeskController {

    static final String ROUTE = "hasAuthority('WORKSPACE_ACCESS') and hasAuthority('FEEDBACK_ROUTE')";

    private final FeedbackReports reports;
    private final StaffFeedbackSupport support;

    DeskController(FeedbackReports reports, StaffFeedbackSupport support) {
        this.reports = reports;
        this.support = support;
    }

    @GetMapping("/work/feedback/desk")
    String desk(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        requireDesk();
        model.addAttribute("q", q);
        model.addAttribute(
                "result",
                reports.queue(new QueueFilter(
                        EnumSet.of(ReportStatus.SUBMITTED),
                        null,
                        null,
                        false,
                        StaffFeedbackController.blankToNull(q),
                        page,
                        StaffFeedbackController.PAGE_SIZE)));
        return "feedback/work/desk";
    }

    @PostMapping("/work/feedback/{code}/route")
    String route(
            @PathVariable String code,
            @ModelAttribute("routeForm") RouteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireDesk();
        if (form.getAgency() == null) {
            binding.rejectValue("agency", "feedback.work.validation.agency-required");
        }
        String note = StaffFeedbackController.blankToNull(form.getNote());
        if (note != null && note.length() > ReasonForm.MAX) {
            binding.rejectValue("note", "feedback.work.validation.too-long", new Object[] {ReasonForm.MAX}, null);
        }
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.routed",
                "agency",
                () -> reports.route(code, form.getAgency(), note));
    }

    @PostMapping("/work/feedback/{code}/merge")
    String merge(
            @PathVariable String code,
            @ModelAttribute("mergeForm") MergeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireDesk();
        String into = StaffFeedbackController.blankToNull(form.getInto());
        if (into == null) {
            binding.rejectValue("into", "feedback.work.validation.merge-into-required");
        }
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.merged",
                "into",
                () -> reports.merge(code, into.toUpperCase(java.util.Locale.ROOT)));
    }

    @PostMapping("/work/feedback/{code}/hide")
    String hide(
            @PathVariable String code,
            @ModelAttribute("hideForm") ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireDesk();
        ReasonForm.requireReason(form, binding);
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.hidden",
                "reason",
                () -> reports.hide(code, form.getReason().strip()));
    }

    @PostMapping("/work/feedback/{code}/hide-photo")
    String hidePhoto(
            @PathVariable String code,
            @ModelAttribute("photoForm") PhotoHideForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireDesk();
        ReasonForm.requireReason(form, binding);
        if (form.getPhoto() == null) {
            binding.rejectValue("photo", "feedback.work.validation.photo-required");
        }
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.photo-hidden",
                "reason",
                () -> reports.hidePhoto(code, form.getPhoto(), form.getReason().strip()));
    }

    /** The privilege alone is not enough: only staff of the desk's agency work the desk. */
    private void requireDesk() {
        if (!support.atDesk()) {
            throw new AccessDeniedException("Only the routing desk's staff");
        }
    }
}
