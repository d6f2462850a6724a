package vn.civic.signature;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of digital signatures ({@code civic.signature.*}); see docs/decisions/0019-signatures-and-e-results.md.
 *
 * @param keystore the operator's keystore holding the signing keys, one alias per signer ({@link SignerKeys})
 * @param trustAnchors certificates (PEM or DER files) a signature's chain must end at to be trusted, besides the
 *     keystore's own CA certificates
 * @param demoDirectory where the demo city's CA and keys are generated once when demo data is on
 * @param maxUploadSize the largest PDF the public validation accepts
 */
@ConfigurationProperties("civic.signature")
public record SignatureProperties(
        Keystore keystore,
        @DefaultValue List<Path> trustAnchors,
        @DefaultValue("./data/signature") Path demoDirectory,
        @DefaultValue("10MB") DataSize maxUploadSize) {

    /**
     * A keystore file.
     *
     * @param path the file; none configured when null
     * @param type {@code PKCS12} (also for {@code .p12}/{@code .pfx} files) or {@code JKS}
     * @param password the keystore's password
     * @param keyPassword the keys' password, when it differs from the keystore's
     */
    public record Keystore(
            Path path, @DefaultValue("PKCS12") String type, String password, String keyPassword) {}
}
