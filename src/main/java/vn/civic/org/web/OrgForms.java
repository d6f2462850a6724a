package vn.civic.org.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;

/**
 * What the org admin pages share: every form is the model attribute {@value #FORM}; fields are marked with
 * {@link vn.civic.platform.web.FormErrors#reject}.
 */
@ControllerAdvice(basePackageClasses = OrgForms.class)
class OrgForms {

    static final String FORM = "form";
    static final int PAGE_SIZE = 20;

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
