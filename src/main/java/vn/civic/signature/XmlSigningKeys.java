package vn.civic.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.civic.signature.keys.SigningKeyStore;
import vn.civic.signature.revocation.RevocationCheck;

/**
 * The keys and trust anchors for signing and checking XML (edXML packages between agencies): the same keystore and
 * anchors as PDF signatures, offered to modules that sign XML themselves with the JDK's XML-DSig.
 */
@Component
public class XmlSigningKeys {

    /** A signer's private key and certificate chain, the signer's certificate first. */
    public record Key(PrivateKey privateKey, List<X509Certificate> chain) {

        public Key {
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    private final SigningKeyStore keys;
    private final RevocationCheck revocations;

    XmlSigningKeys(SigningKeyStore keys, RevocationCheck revocations) {
        this.keys = keys;
        this.revocations = revocations;
    }

    /** The key of a signer ({@link SignerKeys#seal}, {@link SignerKeys#person}), if one is configured. */
    public Optional<Key> find(String alias) {
        return keys.find(alias).map(k -> new Key(k.privateKey(), k.chain()));
    }

    /** The certificates a signer's chain must end at to be trusted. */
    public List<X509Certificate> anchors() {
        return keys.anchors();
    }

    /**
     * Why a signature made at {@code signedAt} by this chain (the signer's certificate first) no longer counts, from the
     * revocation list (decision 0030): the revoked certificate's issuer, serial number and reason; empty when none is.
     */
    public java.util.Optional<String> revoked(List<X509Certificate> chain, Instant signedAt) {
        return revocations
                .revokedIn(chain, signedAt)
                .map(r ->
                        "certificate " + r.serialNumber() + " of " + r.issuerName() + " revoked (" + r.reason() + ")");
    }
}
