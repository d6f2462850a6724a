package vn.civic.platform.error;

import org.springframework.http.HttpStatus;

/** Error codes every module can raise. */
public enum CommonError implements ErrorCode {
    NOT_FOUND("not_found", HttpStatus.NOT_FOUND),
    VALIDATION_FAILED("validation_failed", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed_request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    ACCESS_DENIED("access_denied", HttpStatus.FORBIDDEN),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    CONCURRENT_MODIFICATION("concurrent_modification", HttpStatus.CONFLICT),
    METHOD_NOT_ALLOWED("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not_acceptable", HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    PAYLOAD_TOO_LARGE("payload_too_large", HttpStatus.CONTENT_TOO_LARGE),
    INTERNAL("internal_error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;
    private final HttpStatus status;

    CommonError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
