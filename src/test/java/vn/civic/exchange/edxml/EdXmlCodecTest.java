package vn.civic.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.civic.signature.XmlSigningKeys;
import vn.civic.signature.keys.DemoCertificates;
import vn.civic.signature.keys.SigningKey;

/**
 * The edXML codec on its own: what it writes it reads back whole, and what it must refuse it refuses with the reason
 * the sender is told (QCVN 102:2016, STANDARDS.md "edXML").
 */
class EdXmlCodecTest {

    static final String HOAN_KIEM = "000.01.31.H26";
    static final String HONG_BANG = "000.01.31.H31";

    static final SigningKey CA = DemoCertificates.rootCa("Test Root CA", "Civic test");
    static final XmlSigningKeys.Key SEAL = key(DemoCertificates.issue(
            CA, "Ủy ban nhân dân phường Hoàn Kiếm", "Ủy ban nhân dân phường Hoàn Kiếm", HOAN_KIEM));
    static final XmlSigningKeys.Key OTHER_SEAL = key(DemoCertificates.issue(
            CA, "Ủy ban nhân dân phường Hồng Bàng", "Ủy ban nhân dân phường Hồng Bàng", HONG_BANG));

    final EdXmlSignatures signatures =
            new EdXmlSignatures(() -> List.of(CA.certificate()), EdXmlSignatures.Revocations.NONE, Clock.systemUTC());
    final EdXmlWriter writer = new EdXmlWriter(signatures);
    final EdXmlReader reader = new EdXmlReader(EdXmlProperties.defaults(), signatures);

    static XmlSigningKeys.Key key(SigningKey key) {
        return new XmlSigningKeys.Key(key.privateKey(), key.chain());
    }

    static EdocPackage edoc(TraceAction action, byte[] pdf) {
        return EdXmlSamples.edoc(HOAN_KIEM, HONG_BANG, "12", action, pdf);
    }

    static byte[] pdf() {
        return "%PDF-1.7\nmột văn bản\n%%EOF".getBytes(StandardCharsets.UTF_8);
    }

    String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aPackageReadsBackWithEveryHeaderElement() {
        EdocPackage sent = edoc(TraceAction.REPLACE, pdf());
        byte[] xml = writer.write(sent, SEAL);

        ReadPackage read = reader.read(xml);

        assertThat(read).isInstanceOf(ReadPackage.Edoc.class);
        EdocPackage received = ((ReadPackage.Edoc) read).edoc();
        assertThat(received.header()).isEqualTo(sent.header());
        assertThat(received.trace()).isEqualTo(sent.trace());
        assertThat(received.attachments()).hasSize(1);
        assertThat(received.attachments().getFirst().content()).isEqualTo(pdf());
        assertThat(received.attachments().getFirst().attachmentName()).isEqualTo("12-QD-UBND.pdf");
        assertThat(read.signer().getSubjectX500Principal().getName()).contains("Hoàn Kiếm");
        assertThat(text(xml))
                .contains("xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"")
                .contains("<edXML:edXMLEnvelope")
                .contains("Digest=\"SHA-256:");
    }

    @Test
    void aStatusMessageReadsBack() {
        var status = new StatusMessage(
                new MessageHeader.ResponseFor(
                        HOAN_KIEM, "12/QĐ-UBND", LocalDate.of(2026, 12, 1), HOAN_KIEM + ",2026/12/01,12/QĐ-UBND"),
                Organisation.of(HONG_BANG, "Ủy ban nhân dân phường Hồng Bàng"),
                "03",
                "Đã vào sổ văn bản đến số 45",
                Instant.parse("2026-12-01T04:00:00Z"),
                StaffInfo.named("Văn thư Hồng Bàng"));

        ReadPackage read = reader.read(writer.write(status, OTHER_SEAL));

        assertThat(read).isEqualTo(new ReadPackage.Status(status, read.signer()));
        assertThat(read.fromCode()).isEqualTo(HONG_BANG);
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path directory) throws Exception {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "mật khẩu");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;"
                + "</edXML:edXMLEnvelope>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EdXmlException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExchangeError.DOCTYPE_FORBIDDEN);
                    assertThat(e.reason()).doesNotContain("mật khẩu");
                });
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><lolz>&lol9;</lolz>");

        assertThatThrownBy(() -> reader.read(xml.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.DOCTYPE_FORBIDDEN));
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(65) + "</a>".repeat(65);

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.NESTING_TOO_DEEP));
    }

    @Test
    void anOversizedPackageIsRefusedBeforeParsing() {
        var small =
                new EdXmlProperties(DataSize.ofKilobytes(1), 64, 100_000, 1000, 500, 150, 200, Duration.ofMinutes(5));
        byte[] xml = writer.write(edoc(TraceAction.NEW, new byte[4096]), SEAL);

        assertThatThrownBy(() -> new EdXmlReader(small, signatures).read(xml))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.PACKAGE_TOO_LARGE));
    }

    @Test
    void anUnsignedPackageIsRefused() {
        String signed = text(writer.write(edoc(TraceAction.NEW, pdf()), SEAL));
        String unsigned = signed.replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");
        assertThat(unsigned).isNotEqualTo(signed);

        assertThatThrownBy(() -> reader.read(unsigned.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.SIGNATURE_MISSING));
    }

    @Test
    void aTamperedAttachmentIsRefused() {
        String signed = text(writer.write(edoc(TraceAction.NEW, pdf()), SEAL));
        String original = java.util.Base64.getEncoder().encodeToString(pdf());
        String other = java.util.Base64.getEncoder()
                .encodeToString("%PDF-1.7\nvăn bản khác\n%%EOF".getBytes(StandardCharsets.UTF_8));
        String tampered = signed.replace(original, other);
        assertThat(tampered).isNotEqualTo(signed);

        assertThatThrownBy(() -> reader.read(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.ATTACHMENT_INTEGRITY));
    }

    @Test
    void aTamperedHeaderIsRefused() {
        String signed = text(writer.write(edoc(TraceAction.NEW, pdf()), SEAL));
        String tampered = signed.replace("ngày hội đọc sách", "ngày hội thể thao");
        assertThat(tampered).isNotEqualTo(signed);

        assertThatThrownBy(() -> reader.read(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EdXmlException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExchangeError.SIGNATURE_INVALID);
                    assertThat(e.reason()).contains("changed after signing");
                });
    }

    @Test
    void aPackageSignedByAnotherAgencysSealIsRefused() {
        byte[] xml = writer.write(edoc(TraceAction.NEW, pdf()), OTHER_SEAL);

        assertThatThrownBy(() -> reader.read(xml))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.SIGNER_MISMATCH));
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsRefused() {
        SigningKey stranger = DemoCertificates.rootCa("Stranger CA", "Not trusted");
        XmlSigningKeys.Key seal =
                key(DemoCertificates.issue(stranger, "Giả mạo", "Ủy ban nhân dân phường Hoàn Kiếm", HOAN_KIEM));
        byte[] xml = writer.write(edoc(TraceAction.NEW, pdf()), seal);

        assertThatThrownBy(() -> reader.read(xml))
                .isInstanceOfSatisfying(
                        EdXmlException.class,
                        e -> assertThat(e.error()).isEqualTo(ExchangeError.CERTIFICATE_UNTRUSTED));
    }

    @Test
    void aRevokedSealIsRefused() {
        var revoking = new EdXmlSignatures(
                () -> List.of(CA.certificate()),
                (chain, at) -> chain.getFirst().equals(SEAL.certificate())
                        ? java.util.Optional.of("certificate revoked (KEY_COMPROMISE)")
                        : java.util.Optional.empty(),
                Clock.systemUTC());
        byte[] xml = writer.write(edoc(TraceAction.NEW, pdf()), SEAL);

        assertThatThrownBy(() -> new EdXmlReader(EdXmlProperties.defaults(), revoking).read(xml))
                .isInstanceOfSatisfying(
                        EdXmlException.class, e -> assertThat(e.error()).isEqualTo(ExchangeError.CERTIFICATE_REVOKED));
    }

    @Test
    void aSubjectLongerThanTheLimitIsRefused() {
        EdocPackage sent = edoc(TraceAction.NEW, pdf());
        MessageHeader h = sent.header();
        var header = new MessageHeader(
                h.from(),
                h.to(),
                h.code(),
                h.promulgationInfo(),
                h.documentType(),
                "x".repeat(501),
                h.content(),
                h.signerInfo(),
                h.dueDate(),
                h.toPlaces(),
                h.otherInfo(),
                h.steeringType(),
                h.documentId(),
                h.responseFor());
        byte[] xml = writer.write(new EdocPackage(header, sent.trace(), sent.attachments()), SEAL);

        assertThatThrownBy(() -> reader.read(xml)).isInstanceOfSatisfying(EdXmlException.class, e -> {
            assertThat(e.error()).isEqualTo(ExchangeError.HEADER_INVALID);
            assertThat(e.reason()).contains("Subject");
        });
    }
}
