package vn.civic.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.signature.keys.SigningKey;
import vn.civic.signature.keys.SigningKeyStore;
import vn.civic.signature.revocation.RevocationCheck;

/**
 * Signs PDF documents with PAdES (ETSI EN 319 142) baseline B signatures: the signer's certificate and chain and the
 * signing time inside a CMS signature over the whole file. Each signature is an incremental update, so a document
 * signed by a leader and then sealed by the agency keeps both signatures valid. Baseline B-T would add a timestamp
 * from a timestamp authority; there is none in Civic (docs/decisions/0019-signatures-and-e-results.md).
 */
@Service
public class PdfSignatures {

    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final SigningKeyStore keys;
    private final RevocationCheck revocations;
    private final Clock clock;

    PdfSignatures(SigningKeyStore keys, RevocationCheck revocations, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** True when a key is configured for the signer ({@link SignerKeys}). */
    public boolean canSign(String signerKey) {
        return keys.find(signerKey).isPresent();
    }

    /**
     * The PDF with one more signature, made with the signer's key.
     *
     * @param signerKey the alias of the key ({@link SignerKeys#seal}, {@link SignerKeys#person})
     * @param reason why it is signed, written into the signature dictionary
     * @param location where it is signed
     * @throws ConflictException {@link SignatureError#SIGNER_KEY_MISSING} when no key is configured for the signer;
     *     {@link SignatureError#SIGNER_CERTIFICATE_REVOKED} when its certificate, or one above it, is revoked (decision
     *     0030): nothing is signed
     * @throws InvalidInputException {@link SignatureError#NOT_A_PDF} when the bytes are not a readable PDF
     */
    public byte[] sign(byte[] pdf, String signerKey, String reason, String location) {
        SigningKey key = keys.find(signerKey)
                .orElseThrow(() -> new ConflictException(SignatureError.SIGNER_KEY_MISSING, signerKey));
        if (revocations.revokedIn(key.chain(), clock.instant()).isPresent()) {
            throw new ConflictException(SignatureError.SIGNER_CERTIFICATE_REVOKED, signerKey);
        }
        PAdESService service = new PAdESService(OfflineVerifier.of(List.of()));
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(new CertificateToken(key.certificate()));
        parameters.setCertificateChain(
                key.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(clock.instant()));
        parameters.setReason(reason);
        parameters.setLocation(location);
        DSSDocument document = new InMemoryDocument(pdf);
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                    EncryptionAlgorithm.forKey(key.certificate().getPublicKey()), DIGEST);
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initSign(key.privateKey());
            signature.update(toBeSigned.getBytes());
            DSSDocument signed =
                    service.signDocument(document, parameters, new SignatureValue(algorithm, signature.sign()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            signed.writeTo(out);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + signerKey, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (eu.europa.esig.dss.model.DSSException e) {
            throw SignatureError.NOT_A_PDF.on("file");
        }
    }
}
