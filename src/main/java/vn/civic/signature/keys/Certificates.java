package vn.civic.signature.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reading certificates from PEM or DER files. */
public final class Certificates {

    private Certificates() {}

    /** Every certificate in the file, PEM (one or more) or DER. */
    public static List<X509Certificate> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes))
                    .stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a certificate file: " + file, e);
        }
    }

    public static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
