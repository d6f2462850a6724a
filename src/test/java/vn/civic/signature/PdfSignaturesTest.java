package vn.civic.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.signature.DemoSigningKeys.DemoSigner;
import vn.civic.signature.ValidationReport.Verdict;
import vn.civic.signature.keys.DemoCertificates;
import vn.civic.signature.keys.SigningKey;

/** PAdES signing and offline validation, without the application: keys in a directory of the test's own. */
class PdfSignaturesTest {

    static final String LEADER = SignerKeys.person("lanhdao.test");
    static final String SEAL = SignerKeys.seal("000.00.31.H26");

    @TempDir
    static Path directory;

    static SignatureFixtures fixtures;

    @BeforeAll
    static void keys() {
        fixtures = SignatureFixtures.demo(directory);
        fixtures.demo.ensure(List.of(
                new DemoSigner(LEADER, "Nguyễn Thị Hằng", "Ủy ban nhân dân phường Hoàn Kiếm", null),
                new DemoSigner(
                        SEAL,
                        "Ủy ban nhân dân phường Hoàn Kiếm",
                        "Ủy ban nhân dân phường Hoàn Kiếm",
                        "000.00.31.H26")));
    }

    @Test
    void signedPdfValidatesWithSignerAndChainToTheDemoCa() {
        byte[] signed = fixtures.signatures.sign(SignatureFixtures.blankPdf(), LEADER, "Phê duyệt", "Hà Nội");

        ValidationReport report = fixtures.validation.validate(signed);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signerName()).isEqualTo("Nguyễn Thị Hằng");
            assertThat(s.signerOrganisation()).isEqualTo("Ủy ban nhân dân phường Hoàn Kiếm");
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(s.reason()).isEqualTo("Phê duyệt");
            assertThat(s.claimedSigningTime()).isNotNull();
            assertThat(s.chain())
                    .extracting(ValidationReport.CertificateLine::commonName)
                    .containsExactly("Nguyễn Thị Hằng", "Civic Demo Root CA");
            assertThat(s.chain().getLast().trusted()).isTrue();
        });
    }

    @Test
    void leaderThenSealBothStayValid() {
        byte[] byLeader = fixtures.signatures.sign(SignatureFixtures.blankPdf(), LEADER, "Phê duyệt", "Hà Nội");
        byte[] sealed = fixtures.signatures.sign(byLeader, SEAL, "Đóng dấu", "Hà Nội");

        ValidationReport report = fixtures.validation.validate(sealed);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures())
                .extracting(ValidationReport.SignatureReport::signerName)
                .containsExactly("Nguyễn Thị Hằng", "Ủy ban nhân dân phường Hoàn Kiếm");
        assertThat(report.signatures())
                .extracting(ValidationReport.SignatureReport::coversWholeDocument)
                .containsExactly(false, true);
    }

    @Test
    void oneByteChangedFails() {
        byte[] signed = fixtures.signatures.sign(SignatureFixtures.blankPdf(), LEADER, "Phê duyệt", "Hà Nội");
        byte[] altered = PdfBytes.alterOneSignedByte(signed);

        ValidationReport report = fixtures.validation.validate(altered);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isFalse();
            assertThat(s.valid()).isFalse();
            assertThat(s.indication()).isEqualTo("TOTAL_FAILED");
        });
    }

    @Test
    void contentAppendedAfterTheSignatureIsInvalid() {
        byte[] signed = fixtures.signatures.sign(SignatureFixtures.blankPdf(), LEADER, "Phê duyệt", "Hà Nội");
        byte[] appended = PdfBytes.concat(signed, "\n% appended\n".getBytes());

        ValidationReport report = fixtures.validation.validate(appended);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures().getLast().coversWholeDocument()).isFalse();
    }

    @Test
    void unsignedPdfHasNoSignature() {
        ValidationReport report = fixtures.validation.validate(SignatureFixtures.blankPdf());

        assertThat(report.verdict()).isEqualTo(Verdict.NO_SIGNATURE);
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void notAPdfIsRefused() {
        assertThatThrownBy(() -> fixtures.validation.validate("hello".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("signature_not_a_pdf"));
    }

    @Test
    void selfSignedCertificateThatIsNoAnchorIsNotTrusted(@TempDir Path own) throws Exception {
        SigningKey ca = DemoCertificates.rootCa("Tự ký", "Không ai tin");
        Path p12 = own.resolve("own.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "person-stranger",
                ca.privateKey(),
                "secret".toCharArray(),
                ca.chain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "secret".toCharArray());
        }
        SignatureFixtures stranger =
                SignatureFixtures.operator(new SignatureProperties.Keystore(p12, "PKCS12", "secret", null), List.of());
        byte[] signed = stranger.signatures.sign(SignatureFixtures.blankPdf(), "person-stranger", "Thử", "Hà Nội");

        ValidationReport report = fixtures.validation.validate(signed);

        assertThat(report.verdict()).isEqualTo(Verdict.NOT_TRUSTED);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isFalse();
            assertThat(s.valid()).isFalse();
            assertThat(s.indication()).isEqualTo("INDETERMINATE");
        });
    }

    @Test
    void operatorPkcs12WithItsCaAsAnchorSigns(@TempDir Path own) throws Exception {
        // what an operator brings: a PKCS#12 file with a key issued by their CA, and the CA's certificate as PEM
        SigningKey ca = DemoCertificates.rootCa("CA của thành phố", "Sở Khoa học và Công nghệ");
        SigningKey seal = DemoCertificates.issue(ca, "Ủy ban nhân dân phường Ba Đình", "UBND phường Ba Đình", null);
        Path p12 = own.resolve("operator.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "SEAL-000.00.31.H26",
                seal.privateKey(),
                "key-pass".toCharArray(),
                seal.chain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "store-pass".toCharArray());
        }
        Path pem = own.resolve("ca.pem");
        Files.writeString(
                pem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(ca.certificate().getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        SignatureFixtures operator = SignatureFixtures.operator(
                new SignatureProperties.Keystore(p12, "PKCS12", "store-pass", "key-pass"), List.of(pem));

        assertThat(operator.signatures.canSign(SEAL)).isTrue();
        assertThat(operator.signatures.canSign(LEADER)).isFalse();
        byte[] signed = operator.signatures.sign(SignatureFixtures.blankPdf(), SEAL, "Đóng dấu", "Hà Nội");
        ValidationReport report = operator.validation.validate(signed);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().getFirst().signerName()).isEqualTo("Ủy ban nhân dân phường Ba Đình");
        // the demo keys know nothing of the operator's CA
        assertThat(fixtures.validation.validate(signed).verdict()).isEqualTo(Verdict.NOT_TRUSTED);
    }

    @Test
    void missingKeyIsRefused() {
        assertThatThrownBy(() -> fixtures.signatures.sign(SignatureFixtures.blankPdf(), "person-nobody", "x", "y"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void demoKeysAreMadeOnce() {
        int again = fixtures.demo.ensure(
                List.of(new DemoSigner(LEADER, "Nguyễn Thị Hằng", "Ủy ban nhân dân phường Hoàn Kiếm", null)));

        assertThat(again).isZero();
        assertThat(SignatureFixtures.demo(directory).signatures.canSign(LEADER)).isTrue();
    }
}
