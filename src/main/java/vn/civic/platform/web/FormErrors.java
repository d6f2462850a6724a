package vn.civic.platform.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.civic.platform.error.FieldViolation;

/**
 * How every form page marks its fields. A rule's violation carries its message key ({@link FieldViolation}), which
 * {@link #reject} puts on the binding as the error code; a value that does not even convert (letters in a date) gets
 * {@code validation.type_mismatch} on any form, through the message-code resolver installed here for every binder.
 */
@ControllerAdvice
public class FormErrors {

    /** Error codes are message keys as they are; only Spring's conversion failure is translated. */
    static final MessageCodesResolver MESSAGE_CODES = new DefaultMessageCodesResolver() {
        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> type) {
            return new String[] {"typeMismatch".equals(errorCode) ? "validation.type_mismatch" : errorCode};
        }
    };

    @InitBinder
    void messageCodes(WebDataBinder binder) {
        binder.setMessageCodesResolver(MESSAGE_CODES);
    }

    /** Marks each rejected field once: a value that did not even convert keeps that message. */
    public static void reject(BindingResult binding, List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            if (!binding.hasFieldErrors(v.field())) {
                binding.rejectValue(v.field(), v.messageKey(), v.args(), v.code());
            }
        }
    }
}
