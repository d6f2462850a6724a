package vn.civic.signature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.civic.signature.keys.DemoCertificates;
import vn.civic.signature.keys.SigningKey;
import vn.civic.signature.keys.SigningKeyStore;

/**
 * The demo city's keys: a demo root CA and a key with a certificate for each signer, generated once into
 * {@code civic.signature.demo-directory} and trusted. Only when demo data is on ({@code civic.demo.enabled}); the
 * certificates say in their CA's name that they have no legal value.
 */
@Component
public class DemoSigningKeys {

    private final SigningKeyStore keys;

    DemoSigningKeys(SigningKeyStore keys) {
        this.keys = keys;
    }

    /**
     * A signer to make a key for.
     *
     * @param key the alias ({@link SignerKeys#seal} or {@link SignerKeys#person})
     * @param commonName the certificate's CN: the agency's name for a seal, the person's full name
     * @param organisation the certificate's O: the agency's name
     * @param organisationCode the agency's organisation code, written as the certificate's organizationIdentifier
     */
    public record DemoSigner(String key, String commonName, String organisation, String organisationCode) {}

    /** Makes the keys the demo keystore lacks; returns how many were made. */
    public int ensure(List<DemoSigner> signers) {
        Map<String, Function<SigningKey, SigningKey>> subjects = new LinkedHashMap<>();
        for (DemoSigner signer : signers) {
            subjects.put(
                    signer.key(),
                    ca -> DemoCertificates.issue(
                            ca, signer.commonName(), signer.organisation(), signer.organisationCode()));
        }
        return keys.ensureDemoKeys(subjects);
    }
}
