package vn.civic.platform.error;

/** The object does not exist, or the caller may not know that it does. */
public class NotFoundException extends CivicException {

    public NotFoundException(ErrorCode errorCode, Object... args) {
        super(errorCode, args);
    }

    public static NotFoundException of(String objectType, Object id) {
        return new NotFoundException(CommonError.NOT_FOUND, objectType, id);
    }
}
