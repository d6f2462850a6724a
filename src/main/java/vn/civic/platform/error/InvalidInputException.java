package vn.civic.platform.error;

import java.util.List;

/** Input that breaks a rule; lists every rejected field so a form can mark them all at once. */
public class InvalidInputException extends CivicException {

    public InvalidInputException(List<FieldViolation> violations) {
        super(CommonError.VALIDATION_FAILED, violations);
    }

    public InvalidInputException(ErrorCode errorCode, List<FieldViolation> violations, Object... args) {
        super(errorCode, violations, args);
    }

    public static InvalidInputException field(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }
}
