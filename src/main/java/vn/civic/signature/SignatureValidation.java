package vn.civic.signature;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.civic.platform.storage.FileType;
import vn.civic.signature.ValidationReport.CertificateLine;
import vn.civic.signature.ValidationReport.SignatureReport;
import vn.civic.signature.ValidationReport.Verdict;
import vn.civic.signature.keys.SigningKeyStore;
import vn.civic.signature.revocation.Revocation;
import vn.civic.signature.revocation.RevocationCheck;

/**
 * Validates the signatures of a PDF with EU DSS against the configured trust anchors, offline, and answers a report a
 * citizen can read. The policy is DSS's default ETSI policy except that missing revocation data only warns: Civic
 * fetches no CRL or OCSP answer (docs/decisions/0019-signatures-and-e-results.md). Revocation is then looked up in the
 * offline list an administrator keeps ({@link RevocationCheck}, decision 0030): a signature whose certificate,
 * or one above it, was revoked at or before the claimed signing time is invalid ("revoked").
 */
@Service
public class SignatureValidation {

    private static final String DEFAULT_POLICY = "/policy/constraint.xml";

    private final SigningKeyStore keys;
    private final RevocationCheck revocations;
    private final ValidationPolicy policy;
    private final long maxUploadBytes;

    SignatureValidation(SigningKeyStore keys, RevocationCheck revocations, SignatureProperties properties) {
        this.keys = keys;
        this.revocations = revocations;
        this.policy = offlinePolicy();
        this.maxUploadBytes = properties.maxUploadSize().toBytes();
    }

    /**
     * The report on an uploaded file, read at most up to {@code civic.signature.max-upload-size} and kept nowhere.
     *
     * @param content the upload, or null when none was chosen
     * @throws vn.civic.platform.error.InvalidInputException on field {@code file}: {@link SignatureError#FILE_MISSING},
     *     {@link SignatureError#FILE_TOO_LARGE} or {@link SignatureError#NOT_A_PDF}
     */
    public ValidationReport validateUpload(InputStream content) {
        if (content == null) {
            throw SignatureError.FILE_MISSING.on("file");
        }
        byte[] bytes;
        try (content) {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw SignatureError.FILE_MISSING.on("file");
        }
        if (bytes.length > maxUploadBytes) {
            throw SignatureError.FILE_TOO_LARGE.on("file", maxUploadMegabytes());
        }
        return validate(bytes);
    }

    /** The largest file {@link #validateUpload} accepts, in whole megabytes. */
    public long maxUploadMegabytes() {
        return Math.max(1, maxUploadBytes / (1024 * 1024));
    }

    /**
     * The report on a PDF's signatures.
     *
     * @throws vn.civic.platform.error.InvalidInputException {@link SignatureError#NOT_A_PDF} on field {@code file} when
     *     the bytes are not a PDF
     */
    public ValidationReport validate(byte[] pdf) {
        if (FileType.detect(java.util.Arrays.copyOf(pdf, Math.min(pdf.length, FileType.HEAD_LENGTH))) != FileType.PDF) {
            throw SignatureError.NOT_A_PDF.on("file");
        }
        Reports reports;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setPdfObjFactory(new PdfBoxNativeObjectFactory());
            validator.setCertificateVerifier(OfflineVerifier.of(keys.anchors()));
            validator.setLocale(Locale.ENGLISH);
            // the certificates' bytes in the diagnostic data, to look them up in the revocation list
            validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
            reports = validator.validateDocument(policy);
        } catch (RuntimeException e) {
            // PDFBox or DSS cannot parse it: broken or not really a PDF
            throw SignatureError.NOT_A_PDF.on("file");
        }
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        List<SignatureReport> signatures = new ArrayList<>();
        List<SignatureWrapper> found = new ArrayList<>(diagnostic.getSignatures());
        found.sort(Comparator.comparing(SignatureValidation::rangeEnd));
        for (SignatureWrapper signature : found) {
            signatures.add(report(signature, simple, pdf.length, revocations));
        }
        return new ValidationReport(verdict(signatures), signatures);
    }

    private static SignatureReport report(
            SignatureWrapper signature, SimpleReport simple, long length, RevocationCheck revocations) {
        String id = signature.getId();
        CertificateWrapper signer = signature.getSigningCertificate();
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid();
        boolean covers = rangeEnd(signature) == length;
        boolean trusted = signature.isTrustedChain();
        Indication indication = simple.getIndication(id);
        SubIndication sub = simple.getSubIndication(id);
        PDFRevisionWrapper revision = signature.getPDFRevision();
        List<CertificateLine> chain = signature.getCertificateChain().stream()
                .map(c -> new CertificateLine(
                        c.getCertificateDN(),
                        c.getCommonName(),
                        c.getCertificateIssuerDN(),
                        instant(c.getNotBefore()),
                        instant(c.getNotAfter()),
                        c.isTrusted(),
                        c.isSelfSigned()))
                .toList();
        List<String> errors = simple.getAdESValidationErrors(id).stream()
                .map(eu.europa.esig.dss.jaxb.object.Message::getValue)
                .toList();
        Instant signedAt = instant(signature.getClaimedSigningTime());
        // decision 0030: the offline revocation list, looked up after DSS for the chain the signature carries
        Optional<Revocation> revoked = revocations.revokedIn(certificates(signature), signedAt);
        String problem =
                revoked.isPresent() ? SignatureReport.REVOKED : intact && !trusted ? SignatureReport.UNKNOWN : null;
        return new SignatureReport(
                signer == null ? null : signer.getCommonName(),
                signer == null ? null : signer.getOrganizationName(),
                signedAt,
                revision == null ? null : revision.getReason(),
                revision == null ? null : revision.getLocation(),
                intact,
                covers,
                trusted,
                chain,
                indication == null ? null : indication.name(),
                sub == null ? null : sub.name(),
                intact && trusted && indication == Indication.TOTAL_PASSED && revoked.isEmpty(),
                problem,
                revoked.map(Revocation::revokedAt).orElse(null),
                errors);
    }

    /** The certificates of the signature's chain, the signer's first. */
    private static List<X509Certificate> certificates(SignatureWrapper signature) {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (CertificateWrapper c : signature.getCertificateChain()) {
                byte[] der = c.getBinaries();
                if (der != null) {
                    chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                }
            }
        } catch (CertificateException e) {
            // a certificate DSS read but the JDK cannot: nothing to look up for it
        }
        return chain;
    }

    private static Verdict verdict(List<SignatureReport> signatures) {
        if (signatures.isEmpty()) {
            return Verdict.NO_SIGNATURE;
        }
        boolean broken = signatures.stream()
                .anyMatch(s -> !s.intact()
                        || Indication.TOTAL_FAILED.name().equals(s.indication())
                        || SignatureReport.REVOKED.equals(s.problem()));
        if (broken || !signatures.getLast().coversWholeDocument()) {
            return Verdict.INVALID;
        }
        return signatures.stream().allMatch(SignatureReport::valid) ? Verdict.VALID : Verdict.NOT_TRUSTED;
    }

    /** Where the signature's byte range ends: the file's length for the signature that covers all of it. */
    private static long rangeEnd(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        if (revision == null || revision.getSignatureByteRange() == null) {
            return -1;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        return range.size() < 4 ? -1 : range.get(2).add(range.get(3)).longValueExact();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * DSS's default policy with revocation data not required: without CRL or OCSP look-ups it is never there, and
     * DSS would otherwise answer "indeterminate" for every signature.
     */
    private static ValidationPolicy offlinePolicy() {
        try (InputStream in = ValidationPolicyLoader.class.getResourceAsStream(DEFAULT_POLICY)) {
            if (in == null) {
                throw new IllegalStateException("EU DSS's default validation policy is missing: " + DEFAULT_POLICY);
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<RevocationDataAvailable Level=\"FAIL\" />", "<RevocationDataAvailable Level=\"WARN\" />")
                    .replace(
                            "<AcceptableRevocationDataFound Level=\"FAIL\" />",
                            "<AcceptableRevocationDataFound Level=\"WARN\" />");
            return ValidationPolicyLoader.fromValidationPolicy(
                            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
