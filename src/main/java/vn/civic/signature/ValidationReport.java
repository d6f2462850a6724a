package vn.civic.signature;

import java.time.Instant;
import java.util.List;

/**
 * What the validation of a PDF found: an overall verdict and, per signature in the order they were made, who signed,
 * when they said they signed, whether the signed bytes are intact, whether the signature covers the whole file, the
 * certificate chain and whether it ends at a trusted anchor, and EU DSS's own indication.
 *
 * @param verdict {@link Verdict#VALID} only when there is at least one signature and every one is {@code valid}, and
 *     the last one covers the whole file (nothing was appended unsigned)
 */
public record ValidationReport(Verdict verdict, List<SignatureReport> signatures) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }

    /** The overall outcome. */
    public enum Verdict {
        /** Every signature is intact, made with a certificate that chains to a trusted anchor, and covers the file. */
        VALID,
        /**
         * A signature does not match the content, content was added after the last signature, or a signer's
         * certificate was revoked.
         */
        INVALID,
        /** The signatures are intact but a certificate does not chain to a trusted anchor (or DSS cannot conclude). */
        NOT_TRUSTED,
        /** The PDF carries no signature. */
        NO_SIGNATURE
    }

    /**
     * One signature.
     *
     * @param signerName the signing certificate's common name (CN)
     * @param signerOrganisation its organisation (O), or null
     * @param claimedSigningTime the time the signer's software wrote into the signature (not proven by a timestamp)
     * @param intact the digest of the signed bytes matches and the signature value verifies with the certificate's key
     * @param coversWholeDocument the signed byte range reaches the end of the file; an earlier signature of a file
     *     signed again later does not, and that is expected
     * @param trusted the certificate chain ends at a trusted anchor
     * @param indication EU DSS's indication: {@code TOTAL_PASSED}, {@code INDETERMINATE} or {@code TOTAL_FAILED}
     * @param subIndication EU DSS's sub-indication explaining an indication other than passed, or null
     * @param valid intact, trusted, passed and not revoked
     * @param problem why a signature that is intact does not count: {@link #REVOKED} (its certificate, or one above
     *     it, is in the revocation list since the claimed signing time or earlier; decision 0030) or {@link #UNKNOWN}
     *     (its chain does not end at a trusted anchor); null otherwise
     * @param revokedAt when the certificate was revoked, for {@link #REVOKED}; null otherwise
     * @param errors EU DSS's messages on why the signature did not pass, in English
     */
    public record SignatureReport(
            String signerName,
            String signerOrganisation,
            Instant claimedSigningTime,
            String reason,
            String location,
            boolean intact,
            boolean coversWholeDocument,
            boolean trusted,
            List<CertificateLine> chain,
            String indication,
            String subIndication,
            boolean valid,
            String problem,
            Instant revokedAt,
            List<String> errors) {

        /** The certificate was revoked: the signature is invalid. */
        public static final String REVOKED = "revoked";

        /** The certificate does not chain to a trust anchor: nobody Civic trusts vouches for the signer. */
        public static final String UNKNOWN = "unknown";

        public SignatureReport {
            chain = List.copyOf(chain);
            errors = List.copyOf(errors);
        }
    }

    /**
     * One certificate of a chain, from the signer's up to the root.
     *
     * @param trusted the certificate is one of the trusted anchors
     */
    public record CertificateLine(
            String subject,
            String commonName,
            String issuer,
            Instant notBefore,
            Instant notAfter,
            boolean trusted,
            boolean selfSigned) {}

    /** True when the PDF is signed and every signature is valid. */
    public boolean valid() {
        return verdict == Verdict.VALID;
    }
}
