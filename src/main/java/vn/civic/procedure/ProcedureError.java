package vn.civic.procedure;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the procedure catalogue beyond the common ones; messages are {@code error.<code>} in its bundle. */
public enum ProcedureError implements ErrorCode {
    /** Suspending a procedure that is already suspended (a form submitted twice). */
    ALREADY_SUSPENDED("procedure_already_suspended", HttpStatus.CONFLICT),
    /** Reactivating a procedure that is active. */
    ALREADY_ACTIVE("procedure_already_active", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    ProcedureError(String code, HttpStatus status) {
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
