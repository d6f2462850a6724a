package vn.civic.document.incoming;

import java.util.List;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** Field violations of incoming documents' forms, whose messages are the error codes' ({@code error.<code>}). */
final class IncomingForms {

    private IncomingForms() {}

    static FieldViolation violation(String field, ErrorCode code, Object... args) {
        return new FieldViolation(field, code.code(), code.messageKey(), args);
    }

    /**
     * Refuses the input when anything was refused: with the one error's own code (a duplicate is a conflict) when it
     * is the only one, else as a validation failure listing them all.
     */
    static void refuseIfAny(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        if (violations.size() == 1 && violations.getFirst().code().equals(IncomingError.DUPLICATE.code())) {
            throw new InvalidInputException(
                    IncomingError.DUPLICATE, violations, violations.getFirst().args());
        }
        throw new InvalidInputException(violations);
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
