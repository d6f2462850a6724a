package vn.civic.signature.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates for the demo city and the tests, made with Bouncy Castle: a root CA and end-entity certificates for
 * seals and persons. Names are written as UTF-8 strings (BCStyle's default for directory strings), so "Ủy ban nhân
 * dân phường Hoàn Kiếm" reads the same in any validator; the country is {@code VN}.
 */
public final class DemoCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Far enough back that a test moving the clock into the past still finds the certificates valid. */
    private static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");

    private DemoCertificates() {}

    public static KeyPair keyPair() {
        try {
            // ECDSA P-256: a key in about a millisecond, where RSA takes a tenth of a second on a small machine
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed root CA, valid for 30 years. */
    public static SigningKey rootCa(String commonName, String organisation) {
        KeyPair pair = keyPair();
        X500Name name = name(commonName, organisation, null);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                serial(),
                Date.from(NOT_BEFORE),
                Date.from(Instant.now().plus(30 * 365, ChronoUnit.DAYS)),
                name,
                pair.getPublic());
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new SigningKey(pair.getPrivate(), java.util.List.of(sign(builder, pair.getPrivate())));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A signing certificate issued by {@code ca}, valid for 20 years, for non-repudiation (the key usage a signature
     * with legal effect carries).
     *
     * @param organisationIdentifier the organisation code, in the subject's organizationIdentifier; may be null
     */
    public static SigningKey issue(
            SigningKey ca, String commonName, String organisation, String organisationIdentifier) {
        KeyPair pair = keyPair();
        X509Certificate issuer = ca.certificate();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                serial(),
                Date.from(NOT_BEFORE),
                Date.from(Instant.now().plus(20 * 365, ChronoUnit.DAYS)),
                name(commonName, organisation, organisationIdentifier),
                pair.getPublic());
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer));
            return new SigningKey(pair.getPrivate(), java.util.List.of(sign(builder, ca.privateKey()), issuer));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(String commonName, String organisation, String organisationIdentifier) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        if (organisationIdentifier != null) {
            name.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, organisationIdentifier);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).add(BigInteger.ONE);
    }
}
