package vn.civic.signature.revocation;

import java.time.Instant;

/**
 * A revoked certificate in the offline revocation list.
 *
 * @param issuerName the issuer's distinguished name as people read it (RFC 2253)
 * @param serialNumber the certificate's serial number, lower-case hexadecimal
 * @param reason the RFC 5280 reason as {@link java.security.cert.CRLReason} names it
 * @param source {@code MANUAL} (an administrator) or {@code CRL} (read from an uploaded CRL)
 */
public record Revocation(
        long id,
        String issuerName,
        String serialNumber,
        Instant revokedAt,
        String reason,
        String note,
        String source,
        Instant recordedAt,
        String recordedBy) {

    /**
     * True when a signature claimed to be made at {@code signedAt} no longer counts: the certificate was revoked at or
     * before then, or its key was compromised, when the claimed time (not proven by a timestamp) may be false too.
     */
    public boolean affects(Instant signedAt) {
        return "KEY_COMPROMISE".equals(reason)
                || "CA_COMPROMISE".equals(reason)
                || signedAt == null
                || !revokedAt.isAfter(signedAt);
    }
}
