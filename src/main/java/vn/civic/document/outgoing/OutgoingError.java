package vn.civic.document.outgoing;

import java.util.List;
import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** Errors of outgoing documents; messages are {@code error.<code>} in {@code i18n/document-outgoing}. */
public enum OutgoingError implements ErrorCode {
    /** The action is not allowed in the document's present status. */
    ACTION_NOT_ALLOWED("outgoing_action_not_allowed", HttpStatus.CONFLICT),
    /** A required field is empty. */
    FIELD_REQUIRED("outgoing_field_required", HttpStatus.BAD_REQUEST),
    /** The main file of a draft must be a PDF; appendices may be PDF, JPEG or PNG. */
    FILE_TYPE_UNSUPPORTED("outgoing_file_type_unsupported", HttpStatus.BAD_REQUEST),
    /** The draft has no main file. */
    MAIN_FILE_MISSING("outgoing_main_file_missing", HttpStatus.CONFLICT),
    /** The draft names no recipient (nơi nhận). */
    RECIPIENTS_MISSING("outgoing_recipients_missing", HttpStatus.CONFLICT),
    /** The person chosen is not staff of an agency on this platform. */
    PERSON_UNKNOWN("outgoing_person_unknown", HttpStatus.BAD_REQUEST),
    /** The deadline of a consultation is in the past. */
    DEADLINE_PAST("outgoing_deadline_past", HttpStatus.BAD_REQUEST),
    /** The consultation is closed: answered already, past its deadline, or the draft moved on. */
    CONSULTATION_CLOSED("outgoing_consultation_closed", HttpStatus.CONFLICT),
    /** The caller may not act at the draft's present step. */
    STEP_NOT_YOURS("outgoing_step_not_yours", HttpStatus.CONFLICT),
    /** Sending back needs a comment saying why. */
    COMMENT_REQUIRED("outgoing_comment_required", HttpStatus.BAD_REQUEST),
    /** The approving leader has no signing key: they cannot sign the document. */
    SIGNER_KEY_MISSING("outgoing_signer_key_missing", HttpStatus.CONFLICT),
    /** The signed document did not validate (unknown, untrusted or revoked certificate, or a broken signature). */
    SIGNATURE_NOT_VALID("outgoing_signature_not_valid", HttpStatus.CONFLICT),
    /** The agency on the platform chosen as recipient does not exist or is inactive. */
    RECIPIENT_UNKNOWN("outgoing_recipient_unknown", HttpStatus.BAD_REQUEST),
    /** The document to be replaced is not an issued document of the agency. */
    REPLACED_UNKNOWN("outgoing_replaced_unknown", HttpStatus.BAD_REQUEST),
    /** A workflow step needs one of the document privileges. */
    STEP_PRIVILEGE_INVALID("outgoing_step_privilege_invalid", HttpStatus.BAD_REQUEST),
    /** The number of copies is not a whole number from 1 to the limit. */
    COPIES_INVALID("outgoing_copies_invalid", HttpStatus.BAD_REQUEST),
    /** A text is longer than its limit. */
    FIELD_TOO_LONG("outgoing_field_too_long", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    OutgoingError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    /** This error on a form field (or JSON property). */
    public InvalidInputException on(String field, Object... args) {
        return new InvalidInputException(this, List.of(new FieldViolation(field, code, messageKey(), args)), args);
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
