package vn.civic.signature;

import java.util.List;
import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** Errors of the signature module; messages are {@code error.<code>} in {@code i18n/signature}. */
public enum SignatureError implements ErrorCode {
    /** No key is configured for the signer. */
    SIGNER_KEY_MISSING("signature_signer_key_missing", HttpStatus.CONFLICT),
    /** The file is not a PDF document that can be read. */
    NOT_A_PDF("signature_not_a_pdf", HttpStatus.BAD_REQUEST),
    /** The file is larger than the validation accepts. */
    FILE_TOO_LARGE("signature_file_too_large", HttpStatus.BAD_REQUEST),
    /** No file was given. */
    FILE_MISSING("signature_file_missing", HttpStatus.BAD_REQUEST),
    /** A PDF carries a signature that does not match its content (changed after signing, or broken). */
    SIGNATURE_INVALID("signature_invalid", HttpStatus.BAD_REQUEST),
    /** A PDF carries a signature whose certificate (or one above it) was revoked by the time it was signed. */
    SIGNATURE_REVOKED("signature_revoked", HttpStatus.BAD_REQUEST),
    /** The signer's certificate (or one above it) is revoked: nothing is signed with it. */
    SIGNER_CERTIFICATE_REVOKED("signature_signer_certificate_revoked", HttpStatus.CONFLICT),
    /** The uploaded file is not an X.509 CRL (DER or PEM). */
    CRL_UNREADABLE("signature_crl_unreadable", HttpStatus.BAD_REQUEST),
    /** The CRL is not signed by one of the trust anchors. */
    CRL_UNTRUSTED("signature_crl_untrusted", HttpStatus.BAD_REQUEST),
    /** A certificate serial number that is not hexadecimal. */
    SERIAL_INVALID("signature_serial_invalid", HttpStatus.BAD_REQUEST),
    /** The issuer named is not one of the trust anchors. */
    ISSUER_UNKNOWN("signature_issuer_unknown", HttpStatus.BAD_REQUEST),
    /** The certificate is already in the revocation list. */
    ALREADY_REVOKED("signature_already_revoked", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    SignatureError(String code, HttpStatus status) {
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
