package vn.civic.identity;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.FieldViolation;

/** Errors of the identity module; messages are {@code error.<code>} in {@code i18n/identity/messages*.properties}. */
public enum IdentityError implements ErrorCode {
    PERSONAL_ID_FORMAT("personal_id_format"),
    PERSONAL_ID_PROVINCE("personal_id_province"),
    PERSONAL_ID_BIRTH_YEAR("personal_id_birth_year"),
    PERSONAL_ID_TAKEN("personal_id_taken", HttpStatus.CONFLICT),
    TAX_CODE_FORMAT("tax_code_format"),
    TAX_CODE_CHECK_DIGIT("tax_code_check_digit"),
    USERNAME_FORMAT("username_format"),
    USERNAME_TAKEN("username_taken", HttpStatus.CONFLICT),
    EMAIL_FORMAT("email_format"),
    PHONE_FORMAT("phone_format"),
    PASSWORD_TOO_SHORT("password_too_short"),
    PASSWORD_TOO_LONG("password_too_long"),
    PASSWORD_COMMON("password_common"),
    PASSWORD_CONTAINS_IDENTITY("password_contains_identity"),
    PASSWORD_CONFIRMATION_MISMATCH("password_confirmation_mismatch"),
    PASSWORD_CURRENT_WRONG("password_current_wrong"),
    AGENCY_OUT_OF_SCOPE("agency_out_of_scope"),
    DEPARTMENT_NOT_OF_AGENCY("department_not_of_agency"),
    POSITION_UNKNOWN("position_unknown"),
    ROLE_REQUIRED("role_required"),
    ROLE_NOT_GRANTABLE("role_not_grantable", HttpStatus.FORBIDDEN),
    ACCOUNT_NOT_MANAGEABLE("account_not_manageable", HttpStatus.FORBIDDEN),
    OWN_ACCOUNT_NOT_DISABLED("own_account_not_disabled", HttpStatus.CONFLICT),
    RESET_LINK_INVALID("reset_link_invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    IdentityError(String code) {
        this(code, HttpStatus.BAD_REQUEST);
    }

    IdentityError(String code, HttpStatus status) {
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

    /** A rejected form field whose message is this error's. */
    public FieldViolation on(String field, Object... args) {
        return new FieldViolation(field, code, messageKey(), args);
    }
}
