package vn.civic.feedback.web;

import org.springframework.validation.BindingResult;

/** One reason: why a unit returns a report to the desk, why moderation hides a report. */
public class ReasonForm {

    static final int MAX = 2000;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Marks a missing or over-long reason on the form. */
    static void requireReason(ReasonForm form, BindingResult binding) {
        if (form.getReason() == null || form.getReason().isBlank()) {
            binding.rejectValue("reason", "feedback.work.validation.reason-required");
        } else if (form.getReason().strip().length() > MAX) {
            binding.rejectValue("reason", "feedback.work.validation.too-long", new Object[] {MAX}, null);
        }
    }
}
