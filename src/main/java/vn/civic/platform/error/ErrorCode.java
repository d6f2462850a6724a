package vn.civic.platform.error;

import org.springframework.http.HttpStatus;

/**
 * A stable error code. Its {@link #code()} is part of the API contract (problem details carry it) and never
 * changes once published; its message lives in the module's bundle under {@code error.<code>}.
 */
public interface ErrorCode {

    /** Stable snake_case code, e.g. {@code agency_code_invalid}. */
    String code();

    HttpStatus status();

    default String messageKey() {
        return "error." + code();
    }
}
