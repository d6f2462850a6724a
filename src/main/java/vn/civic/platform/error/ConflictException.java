package vn.civic.platform.error;

/** The request conflicts with the stored state (a duplicate code, a stale version, a forbidden transition). */
public class ConflictException extends CivicException {

    public ConflictException(ErrorCode errorCode, Object... args) {
        super(errorCode, args);
    }
}
