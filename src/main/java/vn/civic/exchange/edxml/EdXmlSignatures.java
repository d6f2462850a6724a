package vn.civic.exchange.edxml;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.civic.signature.XmlSigningKeys;

/**
 * The XML-DSig enveloped signature of an edXML package (decision 0028): one reference to the whole envelope
 * ({@code URI=""}, enveloped transform then exclusive C14N), SHA-256, RSA-SHA256 for RSA seals and ECDSA-SHA256 for
 * EC seals (the demo city's), the certificate chain in {@code X509Data}; the Signature is the last child of
 * {@code edXMLHeader}. Checking refuses anything else: a second signature, a reference to part of the envelope,
 * other transforms, weak algorithms.
 */
public final class EdXmlSignatures {

    private static final Set<String> SIGNATURE_METHODS = Set.of(
            SignatureMethod.RSA_SHA256,
            SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256,
            SignatureMethod.ECDSA_SHA512);
    private static final Set<String> DIGEST_METHODS = Set.of(DigestMethod.SHA256, DigestMethod.SHA512);
    /** organizationIdentifier (2.5.4.97) and UID: where certificates name the organisation code. */
    private static final List<ASN1ObjectIdentifier> ORGANISATION_ATTRIBUTES =
            List.of(BCStyle.ORGANIZATION_IDENTIFIER, BCStyle.UID);

    private final XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
    /** Looks a chain up in a revocation list: why it no longer counts at that time, or empty. */
    @FunctionalInterface
    public interface Revocations {

        Revocations NONE = (chain, at) -> Optional.empty();

        Optional<String> revoked(List<X509Certificate> chain, Instant at);
    }

    private final Supplier<List<X509Certificate>> anchors;
    private final Revocations revocations;
    private final Clock clock;

    /**
     * @param anchors the trust anchors, read at each check (the keystore may gain some)
     * @param revocations the signature module's revocation list; a package carries no proven signing time, so a seal
     *     revoked at or before its arrival is refused
     */
    public EdXmlSignatures(Supplier<List<X509Certificate>> anchors, Revocations revocations, Clock clock) {
        this.anchors = anchors;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** Signs the whole document, putting the Signature at the end of {@code parent}. */
    void sign(Document document, Element parent, XmlSigningKeys.Key seal) {
        try {
            Reference reference = factory.newReference(
                    "",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(
                            factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null);
            String method = "EC".equals(seal.privateKey().getAlgorithm())
                    ? SignatureMethod.ECDSA_SHA256
                    : SignatureMethod.RSA_SHA256;
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(method, null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.copyOf(seal.chain()))));
            DOMSignContext context = new DOMSignContext(seal.privateKey(), parent);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("Cannot sign the edXML package", e);
        }
    }

    /**
     * Checks the package's signature, its certificate chain and that the signer is the seal of {@code organId}.
     *
     * @return the signer's certificate
     */
    X509Certificate verify(Document document, String organId) {
        NodeList found = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (found.getLength() == 0) {
            throw new EdXmlException(ExchangeError.SIGNATURE_MISSING, null);
        }
        if (found.getLength() > 1) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, "more than one Signature");
        }
        Element element = (Element) found.item(0);
        Element parent = (Element) element.getParentNode();
        if (!EdXml.NS.equals(parent.getNamespaceURI())
                || !EdXml.HEADER.equals(parent.getLocalName())
                || parent.getParentNode() != document.getDocumentElement()) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, "the Signature is not in edXMLHeader");
        }
        SignerSelector selector = new SignerSelector();
        DOMValidateContext context = new DOMValidateContext(selector, element);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        XMLSignature signature;
        boolean valid;
        try {
            signature = factory.unmarshalXMLSignature(context);
            checkShape(signature.getSignedInfo());
            valid = signature.validate(context);
        } catch (MarshalException | XMLSignatureException | ClassCastException e) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, message(e));
        }
        if (!valid) {
            boolean digestOk;
            try {
                digestOk =
                        ((Reference) signature.getSignedInfo().getReferences().getFirst()).validate(context);
            } catch (XMLSignatureException e) {
                digestOk = false;
            }
            throw new EdXmlException(
                    ExchangeError.SIGNATURE_INVALID,
                    digestOk ? "the signature value does not match" : "the envelope changed after signing");
        }
        trust(selector.chain);
        Optional<String> revoked = revocations.revoked(selector.chain, clock.instant());
        if (revoked.isPresent()) {
            throw new EdXmlException(ExchangeError.CERTIFICATE_REVOKED, revoked.get());
        }
        X509Certificate signer = selector.chain.getFirst();
        if (!namesOrganisation(signer, organId)) {
            throw new EdXmlException(
                    ExchangeError.SIGNER_MISMATCH,
                    "signed by " + signer.getSubjectX500Principal().getName() + ", not the seal of " + organId);
        }
        return signer;
    }

    /** Only the shape this codec writes: one reference to the whole document, enveloped and canonicalised. */
    private static void checkShape(SignedInfo info) {
        String c14n = info.getCanonicalizationMethod().getAlgorithm();
        if (!c14n.equals(CanonicalizationMethod.EXCLUSIVE) && !c14n.equals(CanonicalizationMethod.INCLUSIVE)) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, "canonicalization " + c14n);
        }
        if (!SIGNATURE_METHODS.contains(info.getSignatureMethod().getAlgorithm())) {
            throw new EdXmlException(
                    ExchangeError.SIGNATURE_INVALID,
                    "signature method " + info.getSignatureMethod().getAlgorithm());
        }
        List<?> references = info.getReferences();
        if (references.size() != 1) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, "the signature must have one reference");
        }
        Reference reference = (Reference) references.getFirst();
        if (reference.getURI() == null || !reference.getURI().isEmpty()) {
            throw new EdXmlException(
                    ExchangeError.SIGNATURE_INVALID, "the reference does not cover the whole envelope");
        }
        if (!DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())) {
            throw new EdXmlException(
                    ExchangeError.SIGNATURE_INVALID,
                    "digest method " + reference.getDigestMethod().getAlgorithm());
        }
        List<String> transforms = ((List<?>) reference.getTransforms())
                .stream().map(t -> ((Transform) t).getAlgorithm()).toList();
        boolean enveloped = !transforms.isEmpty() && transforms.getFirst().equals(Transform.ENVELOPED);
        boolean canonical = transforms.stream()
                .skip(1)
                .allMatch(
                        t -> t.equals(CanonicalizationMethod.EXCLUSIVE) || t.equals(CanonicalizationMethod.INCLUSIVE));
        if (!enveloped || transforms.size() > 2 || !canonical) {
            throw new EdXmlException(ExchangeError.SIGNATURE_INVALID, "transforms " + transforms);
        }
    }

    private void trust(List<X509Certificate> chain) {
        List<X509Certificate> trusted = anchors.get();
        if (trusted.isEmpty()) {
            throw new EdXmlException(ExchangeError.CERTIFICATE_UNTRUSTED, "no trust anchors are configured");
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    path.add(certificate);
                }
            }
            if (path.isEmpty()) {
                throw new EdXmlException(ExchangeError.CERTIFICATE_UNTRUSTED, "a self-signed certificate");
            }
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(
                    trusted.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet()));
            // Revocation is the signature module's concern (its revocation list); the chain and dates are checked here.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException e) {
            throw new EdXmlException(ExchangeError.CERTIFICATE_UNTRUSTED, message(e));
        }
    }

    /** The certificate's organizationIdentifier or UID is the organisation code (optionally after a prefix and ':'). */
    static boolean namesOrganisation(X509Certificate certificate, String organId) {
        if (organId == null) {
            return false;
        }
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String wanted = organId.strip().toUpperCase(Locale.ROOT);
        for (ASN1ObjectIdentifier attribute : ORGANISATION_ATTRIBUTES) {
            for (RDN rdn : subject.getRDNs(attribute)) {
                String value = IETFUtils.valueToString(rdn.getFirst().getValue())
                        .strip()
                        .toUpperCase(Locale.ROOT);
                if (value.equals(wanted) || value.endsWith(":" + wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String message(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** Takes the signer's key from the first certificate of X509Data and keeps the chain for the trust check. */
    private static final class SignerSelector extends KeySelector {

        private List<X509Certificate> chain = List.of();

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Object content : keyInfo.getContent()) {
                if (content instanceof X509Data data) {
                    for (Object item : data.getContent()) {
                        if (item instanceof X509Certificate certificate) {
                            certificates.add(certificate);
                        }
                    }
                } else if (!(content instanceof XMLStructure)) {
                    throw new KeySelectorException("unexpected KeyInfo content");
                }
            }
            if (certificates.isEmpty()) {
                throw new KeySelectorException("no certificate in KeyInfo/X509Data");
            }
            chain = List.copyOf(certificates);
            PublicKey key = certificates.getFirst().getPublicKey();
            String algorithm = method.getAlgorithm().toLowerCase(Locale.ROOT);
            boolean fits = ("EC".equals(key.getAlgorithm()) && algorithm.contains("ecdsa"))
                    || ("RSA".equals(key.getAlgorithm()) && algorithm.contains("rsa"));
            if (!fits) {
                throw new KeySelectorException("the certificate's key does not fit " + method.getAlgorithm());
            }
            return () -> (Key) key;
        }
    }
}
