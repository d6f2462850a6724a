package vn.civic.platform.storage;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Why a file was refused; messages are {@code error.<code>} (and {@code validation.<code>} on a form field). */
public enum StorageError implements ErrorCode {
    /** Larger than the limit; the argument is the limit in megabytes. */
    FILE_TOO_LARGE("file_too_large", HttpStatus.CONTENT_TOO_LARGE),
    /** The content is not a PDF, JPEG or PNG, whatever its name. */
    FILE_TYPE_NOT_ALLOWED("file_type_not_allowed", HttpStatus.BAD_REQUEST),
    /** The name or declared type says one type and the content another (a disguised file). */
    FILE_TYPE_MISMATCH("file_type_mismatch", HttpStatus.BAD_REQUEST),
    /** An empty file. */
    FILE_EMPTY("file_empty", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    StorageError(String code, HttpStatus status) {
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
