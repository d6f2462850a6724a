package vn.civic.platform.error;

import java.util.List;

/** Base of the platform's typed exceptions: carries a stable {@link ErrorCode} and message arguments. */
public class CivicException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final transient Object[] args;
    private final transient List<FieldViolation> violations;

    public CivicException(ErrorCode errorCode, Object... args) {
        this(errorCode, List.of(), args);
    }

    public CivicException(ErrorCode errorCode, List<FieldViolation> violations, Object... args) {
        super(errorCode.code());
        this.errorCode = errorCode;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
