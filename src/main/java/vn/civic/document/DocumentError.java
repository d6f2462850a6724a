package vn.civic.document;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/**
 * Errors of the document module; messages are {@code error.<code>} in {@code i18n/document}. Each part of the module
 * adds the codes it raises.
 */
public enum DocumentError implements ErrorCode {
    /** The action is not allowed in the document's present status. */
    ACTION_NOT_ALLOWED("document_action_not_allowed", HttpStatus.CONFLICT),
    /** No document type of that code. */
    TYPE_UNKNOWN("document_type_unknown", HttpStatus.BAD_REQUEST),
    /** A required field of the register entry is empty. */
    FIELD_REQUIRED("document_field_required", HttpStatus.BAD_REQUEST),
    /** The number and symbol is already in the agency's register this year. */
    NUMBER_TAKEN("document_number_taken", HttpStatus.CONFLICT),
    /** The agency has no abbreviation to build document symbols from. */
    ISSUER_ABBREVIATION_MISSING("document_issuer_abbreviation_missing", HttpStatus.CONFLICT),
    /** The file type is not accepted for documents. */
    FILE_TYPE_UNSUPPORTED("document_file_type_unsupported", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    DocumentError(String code, HttpStatus status) {
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
