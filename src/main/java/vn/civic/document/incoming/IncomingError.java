package vn.civic.document.incoming;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of incoming documents; messages are {@code error.<code>} in {@code i18n/document-incoming}. */
public enum IncomingError implements ErrorCode {
    /** No incoming document of that id within the caller's reach. */
    NOT_FOUND("incoming_not_found", HttpStatus.NOT_FOUND),
    /** The action is not allowed in the document's present status. */
    ACTION_NOT_ALLOWED("incoming_action_not_allowed", HttpStatus.CONFLICT),
    /** Someone changed the document since the page was shown. */
    STALE("incoming_stale", HttpStatus.CONFLICT),
    /** A required field of the register entry is empty. */
    FIELD_REQUIRED("incoming_field_required", HttpStatus.BAD_REQUEST),
    /** A field is longer than the register allows. */
    FIELD_TOO_LONG("incoming_field_too_long", HttpStatus.BAD_REQUEST),
    /** The same sender's number and symbol is already in this year's register. */
    DUPLICATE("incoming_duplicate", HttpStatus.CONFLICT),
    /** No file was uploaded. */
    FILE_REQUIRED("incoming_file_required", HttpStatus.BAD_REQUEST),
    /** A file is neither PDF, an image of a scan, nor DOCX by its content, or its name says otherwise. */
    FILE_UNSUPPORTED("incoming_file_unsupported", HttpStatus.BAD_REQUEST),
    /** The date is in the future or after the date received. */
    DATE_INVALID("incoming_date_invalid", HttpStatus.BAD_REQUEST),
    /** The deadline is before today. */
    DEADLINE_PAST("incoming_deadline_past", HttpStatus.BAD_REQUEST),
    /** A sub-assignment's deadline is after the handler's own. */
    DEADLINE_AFTER_OWN("incoming_deadline_after_own", HttpStatus.BAD_REQUEST),
    /** No lead handler was chosen. */
    LEAD_REQUIRED("incoming_lead_required", HttpStatus.BAD_REQUEST),
    /** A person chosen is not active staff of the agency (or, for a sub-assignment, of the handler's department). */
    HANDLER_INVALID("incoming_handler_invalid", HttpStatus.BAD_REQUEST),
    /** The caller is not a handler of the document with a part still open. */
    NOT_A_HANDLER("incoming_not_a_handler", HttpStatus.CONFLICT),
    /** The caller belongs to no department, so cannot assign within one. */
    NO_DEPARTMENT("incoming_no_department", HttpStatus.CONFLICT),
    /** No recall awaits an answer. */
    NO_RECALL("incoming_no_recall", HttpStatus.CONFLICT),
    /** The file is not one of the document's. */
    FILE_NOT_FOUND("incoming_file_not_found", HttpStatus.NOT_FOUND);

    private final String code;
    private final HttpStatus status;

    IncomingError(String code, HttpStatus status) {
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
