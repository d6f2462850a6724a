package vn.civic.signature.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.civic.signature.SignatureProperties;

/**
 * The signing keys and the trust anchors. Keys come from the operator's keystore ({@code civic.signature.keystore.*})
 * and, when demo data is on, from the demo keystore generated in {@code civic.signature.demo-directory}. Trust anchors
 * are the configured certificate files, the keystore's trusted-certificate entries, the self-signed roots of its key
 * chains and, in the demo, the demo CA.
 */
@Component
public class SigningKeyStore {

    static final String DEMO_FILE = "demo-signing.p12";
    static final String DEMO_CA = "demo-ca";
    private static final char[] DEMO_PASSWORD = "civic-demo".toCharArray();
    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final boolean demo;
    private final Path demoFile;
    private final Map<String, SigningKey> keys = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<X509Certificate> anchors = Collections.synchronizedSet(new LinkedHashSet<>());

    public SigningKeyStore(SignatureProperties properties, Environment environment) {
        this.demo = environment.getProperty("civic.demo.enabled", Boolean.class, false);
        this.demoFile = properties.demoDirectory().resolve(DEMO_FILE);
        properties.trustAnchors().forEach(file -> anchors.addAll(Certificates.read(file)));
        SignatureProperties.Keystore operator = properties.keystore();
        if (operator != null && operator.path() != null) {
            load(operator.path(), operator.type(), passwordOf(operator, true), passwordOf(operator, false));
            log.info("Signing keys: {} from {}", keys.size(), operator.path());
        }
        if (demo && Files.exists(demoFile)) {
            load(demoFile, "PKCS12", DEMO_PASSWORD, DEMO_PASSWORD);
        }
    }

    /** The key of a signer ({@code SignerKeys}), if one is configured. */
    public Optional<SigningKey> find(String alias) {
        return Optional.ofNullable(keys.get(alias.toLowerCase(Locale.ROOT)));
    }

    /** The certificates a chain must end at to be trusted. */
    public List<X509Certificate> anchors() {
        synchronized (anchors) {
            return List.copyOf(anchors);
        }
    }

    /**
     * Demo data only: adds to the demo keystore a key for each alias it lacks, issued by the demo CA (made the first
     * time), and saves the file. Existing keys are kept, so a restart changes nothing.
     *
     * @param subjects alias → the certificate to issue for it
     * @return how many keys were made
     */
    public synchronized int ensureDemoKeys(Map<String, Function<SigningKey, SigningKey>> subjects) {
        if (!demo) {
            throw new IllegalStateException("Demo keys are made only when demo data is on");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(demoFile)) {
                try (InputStream in = Files.newInputStream(demoFile)) {
                    store.load(in, DEMO_PASSWORD);
                }
            } else {
                store.load(null, DEMO_PASSWORD);
            }
            SigningKey ca;
            if (store.isKeyEntry(DEMO_CA)) {
                ca = entry(store, DEMO_CA, DEMO_PASSWORD);
            } else {
                ca = DemoCertificates.rootCa("Civic Demo Root CA", "Civic (dữ liệu mẫu, không có giá trị pháp lý)");
                put(store, DEMO_CA, ca);
            }
            int made = 0;
            for (var subject : subjects.entrySet()) {
                String alias = subject.getKey().toLowerCase(Locale.ROOT);
                if (!store.isKeyEntry(alias)) {
                    put(store, alias, subject.getValue().apply(ca));
                    made++;
                }
            }
            if (made > 0 || !Files.exists(demoFile)) {
                Files.createDirectories(demoFile.getParent());
                Path temporary = Files.createTempFile(demoFile.getParent(), DEMO_FILE, ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, DEMO_PASSWORD);
                }
                Files.move(temporary, demoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            load(demoFile, "PKCS12", DEMO_PASSWORD, DEMO_PASSWORD);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the demo keystore " + demoFile, e);
        }
    }

    private void load(Path file, String type, char[] storePassword, char[] keyPassword) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, storePassword);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    SigningKey key = entry(store, alias, keyPassword);
                    keys.put(alias.toLowerCase(Locale.ROOT), key);
                    X509Certificate root = key.chain().getLast();
                    if (key.chain().size() > 1 || DEMO_CA.equals(alias)) {
                        if (Certificates.selfSigned(root)) {
                            anchors.add(root);
                        }
                    }
                } else if (store.getCertificate(alias) instanceof X509Certificate trusted) {
                    anchors.add(trusted);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static SigningKey entry(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate[] chain = store.getCertificateChain(alias);
        List<X509Certificate> certificates = new ArrayList<>();
        Arrays.stream(chain).map(X509Certificate.class::cast).forEach(certificates::add);
        return new SigningKey(key, certificates);
    }

    private static void put(KeyStore store, String alias, SigningKey key) throws GeneralSecurityException {
        store.setKeyEntry(alias, key.privateKey(), DEMO_PASSWORD, key.chain().toArray(Certificate[]::new));
    }

    private static char[] passwordOf(SignatureProperties.Keystore keystore, boolean ofStore) {
        String store = keystore.password();
        String entry = keystore.keyPassword() != null ? keystore.keyPassword() : store;
        String value = ofStore ? store : entry;
        return value == null ? new char[0] : value.toCharArray();
    }
}
