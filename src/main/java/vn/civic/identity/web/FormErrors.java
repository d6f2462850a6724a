package vn.civic.identity.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import vn.civic.platform.error.FieldViolation;

/** Puts violations on a form's binding, each field marked once, with its message key as code. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult binding, List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            if (!binding.hasFieldErrors(v.field())) {
                binding.rejectValue(v.field(), v.messageKey(), v.args(), v.code());
            }
        }
    }
}
