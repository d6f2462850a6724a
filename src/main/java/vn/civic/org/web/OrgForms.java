package vn.civic.org.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.FieldChecks;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;

/**
 * What the org admin pages share: every form is the model attribute {@value #FORM}; the messages of its rejected
 * fields are {@code org.form.<code>} in the bundle, also for values that do not convert ({@code org.form.typeMismatch}).
 */
@ControllerAdvice(basePackageClasses = OrgForms.class)
class OrgForms {

    static final String FORM = "form";
    static final int PAGE_SIZE = 20;

    @InitBinder(FORM)
    void messageCodes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix(FieldChecks.MESSAGE_PREFIX);
        binder.setMessageCodesResolver(codes);
    }

    /** Marks each rejected field once: a value that did not even convert keeps that message. */
    static void reject(BindingResult binding, List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            if (!binding.hasFieldErrors(v.field())) {
                binding.rejectValue(v.field(), v.code(), v.args(), v.code());
            }
        }
    }

    /**
     * A refusal that concerns the whole form (a unit with current units under it), shown in the form's error summary
     * with the error code's own message. A stale version is not one of them: it answers with the conflict page.
     */
    static void rejectForm(BindingResult binding, ConflictException refusal) {
        if (refusal.errorCode() == CommonError.CONCURRENT_MODIFICATION) {
            throw refusal;
        }
        binding.addError(new ObjectError(
                binding.getObjectName(), new String[] {refusal.errorCode().messageKey()}, refusal.args(), null));
    }

    /**
     * A refused transition (an agency with active agencies under it, a unit already dissolved) shown on the page as
     * an alert. A stale version is not one of them: it answers with the conflict page.
     */
    static void refused(RedirectAttributes redirect, ConflictException refusal) {
        if (refusal.errorCode() == CommonError.CONCURRENT_MODIFICATION) {
            throw refusal;
        }
        redirect.addFlashAttribute("problem", refusal.errorCode().messageKey());
    }

    static void notice(RedirectAttributes redirect, String key, String name) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeName", name);
    }

    /** The version a form started from; a form without one cannot prove it saw the stored object. */
    static long version(Long version) {
        return version == null ? -1 : version;
    }
}
