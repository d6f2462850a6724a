package vn.civic.signature;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * EU DSS's certificate verifier without network access: no AIA (issuer certificates), OCSP or CRL is fetched, so a
 * validation never waits on, or leaks the documents' signers to, a remote server. The chain comes from the signature
 * itself and ends at the trust anchors given (docs/decisions/0019).
 */
final class OfflineVerifier {

    private OfflineVerifier() {}

    static CommonCertificateVerifier of(List<X509Certificate> anchors) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        return verifier;
    }
}
