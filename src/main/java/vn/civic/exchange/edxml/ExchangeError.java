package vn.civic.exchange.edxml;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/**
 * Why an edXML package is refused or cannot be sent; messages are {@code error.<code>} in {@code i18n/exchange-edxml}.
 * The code is also the reason in the "02 rejected" status message answered to the sender.
 */
public enum ExchangeError implements ErrorCode {
    /** Larger than {@code civic.exchange.edxml.max-size}, refused before parsing. */
    PACKAGE_TOO_LARGE("exchange_package_too_large", HttpStatus.CONTENT_TOO_LARGE),
    /** Not well-formed XML, or not an edXML envelope. */
    PACKAGE_MALFORMED("exchange_package_malformed", HttpStatus.UNPROCESSABLE_CONTENT),
    /** A DOCTYPE (and with it any entity, external or expanding) is never accepted. */
    DOCTYPE_FORBIDDEN("exchange_doctype_forbidden", HttpStatus.UNPROCESSABLE_CONTENT),
    /** Elements nested deeper than {@code civic.exchange.edxml.max-depth}. */
    NESTING_TOO_DEEP("exchange_nesting_too_deep", HttpStatus.UNPROCESSABLE_CONTENT),
    /** A required element is missing or a value is too long or out of range. */
    HEADER_INVALID("exchange_header_invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The package carries no XML signature. */
    SIGNATURE_MISSING("exchange_signature_missing", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The XML signature does not match the package: something was changed after signing. */
    SIGNATURE_INVALID("exchange_signature_invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The signer's certificate does not chain to a trusted anchor, or is expired. */
    CERTIFICATE_UNTRUSTED("exchange_certificate_untrusted", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The signer's certificate is in the revocation list. */
    CERTIFICATE_REVOKED("exchange_certificate_revoked", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The certificate is not the seal of the agency in From/OrganId. */
    SIGNER_MISMATCH("exchange_signer_mismatch", HttpStatus.UNPROCESSABLE_CONTENT),
    /** An attachment's bytes do not match the digest in its manifest reference, or a reference has no attachment. */
    ATTACHMENT_INTEGRITY("exchange_attachment_integrity", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The recipient in To/OrganId is not an agency of this installation. */
    RECIPIENT_UNKNOWN("exchange_recipient_unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The status message names a document this installation did not send. */
    DOCUMENT_UNKNOWN("exchange_document_unknown", HttpStatus.UNPROCESSABLE_CONTENT),
    /** The request's HMAC is missing or wrong, or no peer is configured for the sender. */
    PEER_UNAUTHENTICATED("exchange_peer_unauthenticated", HttpStatus.UNAUTHORIZED),
    /** The sending agency has no seal key to sign with. */
    SEAL_MISSING("exchange_seal_missing", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    ExchangeError(String code, HttpStatus status) {
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
