package vn.civic.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;
import vn.civic.signature.keys.SigningKeyStore;
import vn.civic.signature.revocation.RevocationCheck;

/** Signature services outside the application context, over a demo keystore in a directory of the test's own. */
final class SignatureFixtures {

    final SigningKeyStore keys;
    final PdfSignatures signatures;
    final SignatureValidation validation;
    final DemoSigningKeys demo;

    private SignatureFixtures(SignatureProperties properties, boolean demoOn) {
        // properties first: the validation reads its upload limit from them
        this.keys = new SigningKeyStore(
                properties, new MockEnvironment().withProperty("civic.demo.enabled", String.valueOf(demoOn)));
        this.signatures = new PdfSignatures(keys, RevocationCheck.NONE, Clock.systemUTC());
        this.validation = new SignatureValidation(keys, RevocationCheck.NONE, properties);
        this.demo = new DemoSigningKeys(keys);
    }

    /** Demo keys in {@code directory}. */
    static SignatureFixtures demo(Path directory) {
        return new SignatureFixtures(
                new SignatureProperties(null, List.of(), directory, DataSize.ofMegabytes(10)), true);
    }

    /** An operator's keystore and trust anchors, no demo. */
    static SignatureFixtures operator(SignatureProperties.Keystore keystore, List<Path> anchors) {
        return new SignatureFixtures(
                new SignatureProperties(keystore, anchors, Path.of("unused"), DataSize.ofMegabytes(10)), false);
    }

    /** A one-page PDF with no signature. */
    static byte[] blankPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
