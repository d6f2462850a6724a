package vn.civic.signature.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Looks a certificate chain up in the revocation list (decision 0030); {@link CertificateRevocations} in the app. */
@FunctionalInterface
public interface RevocationCheck {

    /** Checks nothing: for signing and validation outside the application (tests, tools). */
    RevocationCheck NONE = (chain, signedAt) -> Optional.empty();

    /**
     * The first certificate of the chain (the signer's first) whose revocation affects a signature made at
     * {@code signedAt} ({@link Revocation#affects}); trust anchors themselves are not looked up.
     */
    Optional<Revocation> revokedIn(List<X509Certificate> chain, Instant signedAt);
}
