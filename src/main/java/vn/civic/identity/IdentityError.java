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
    RESET_LINK_INVALID("reset_link_invalid", HttpStatus.BAD_REQUEST),
    /** OIDC sign-in: the person cancelled at the provider. */
    OIDC_CANCELLED("oidc_cancelled", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: no valid personal identification number in the provider's claims. */
    OIDC_PERSONAL_ID_INVALID("oidc_personal_id_invalid", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: a business account without a valid tax code. */
    OIDC_TAX_CODE_INVALID("oidc_tax_code_invalid", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: an account type that is neither a citizen's nor a business's. */
    OIDC_ACCOUNT_TYPE_UNSUPPORTED("oidc_account_type_unsupported", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: a new account needs a name, and the provider gave none. */
    OIDC_NAME_MISSING("oidc_name_missing", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: no staff account matches the staff provider's identity (none is ever created). */
    OIDC_STAFF_UNKNOWN("oidc_staff_unknown", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: the account is disabled. */
    OIDC_ACCOUNT_DISABLED("oidc_account_disabled", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in: the linked account carries another number or username than the provider now sends. */
    OIDC_IDENTITY_MISMATCH("oidc_identity_mismatch", HttpStatus.UNAUTHORIZED),
    /** OIDC sign-in failed for another reason: the provider's error, an expired attempt, an invalid token. */
    OIDC_FAILED("oidc_failed", HttpStatus.UNAUTHORIZED);

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
