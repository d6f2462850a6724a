package vn.civic.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.security.Privilege;
import vn.civic.signature.keys.DemoCertificates;
import vn.civic.signature.keys.SigningKey;
import vn.civic.signature.keys.SigningKeyStore;
import vn.civic.test.TestActors;

/**
 * The offline revocation list (decision 0030): a certificate revoked by serial number or by a CRL that the demo CA
 * signed makes its signatures invalid ("revoked") and its key unusable; a CRL not signed by a trust anchor is refused
 * and nothing is written; a signature under a CA nobody trusts is "unknown"; only system administrators keep the list.
 */
@vn.civic.test.CivicTest
class CertificateRevocationTest {

    static final String ADMIN = "quantri.hanoi";
    static final String PAGE = "/admin/signatures/revocations";

    @Autowired
    MockMvc mvc;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    DemoSigningKeys demo;

    @Autowired
    SigningKeyStore keys;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    /** A person key of its own, issued by the demo CA, so that revoking it touches no other test. */
    String freshKey() {
        String alias = SignerKeys.person("revocation-" + UUID.randomUUID());
        demo.ensure(List.of(new DemoSigningKeys.DemoSigner(alias, "Nguyễn Văn Thử", "Civic thử nghiệm", null)));
        return alias;
    }

    X509Certificate certificate(String alias) {
        return keys.find(alias).orElseThrow().certificate();
    }

    SigningKey demoCa() {
        return keys.find("demo-ca").orElseThrow();
    }

    byte[] signedBy(String alias) {
        return signatures.sign(SignatureFixtures.blankPdf(), alias, "Phê duyệt", "Hà Nội");
    }

    @Test
    void aCertificateRevokedBySerialForAKeyCompromiseMakesItsSignaturesInvalid() throws Exception {
        String alias = freshKey();
        byte[] signed = signedBy(alias);
        api(signed).andExpect(jsonPath("$.verdict").value("VALID"));

        X509Certificate certificate = certificate(alias);
        mvc.perform(as(ADMIN, post(PAGE))
                        .param("issuer", certificate.getIssuerX500Principal().getName("CANONICAL"))
                        .param(
                                "serialNumber",
                                certificate.getSerialNumber().toString(16).toUpperCase())
                        .param("reason", CRLReason.KEY_COMPROMISE.name())
                        .param("note", "Mất thiết bị ký")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));

        api(signed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.signatures[0].intact").value(true))
                .andExpect(jsonPath("$.signatures[0].valid").value(false))
                .andExpect(jsonPath("$.signatures[0].problem").value("revoked"));
        Document check = check(signed);
        assertThat(check.select("#verdict").text()).contains("Chữ ký không hợp lệ");
        assertThat(check.select("#signature-1-problem").text()).startsWith("Chứng thư số đã bị thu hồi");

        Document admin = page(ADMIN, PAGE);
        String serial = certificate.getSerialNumber().toString(16);
        assertThat(admin.select("tr[data-serial=" + serial + "]").text())
                .contains("Lộ khóa bí mật", "Mất thiết bị ký", "Quản trị viên");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'signature.certificate_revoked'"
                                + " and summary_after like :serial")
                        .param("serial", "%serial=" + serial + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aKeyWhoseCertificateIsRevokedSignsNothing() throws Exception {
        String alias = freshKey();
        X509Certificate certificate = certificate(alias);
        mvc.perform(as(ADMIN, post(PAGE))
                        .param("issuer", certificate.getIssuerX500Principal().getName("CANONICAL"))
                        .param("serialNumber", certificate.getSerialNumber().toString(16))
                        .param("reason", CRLReason.SUPERSEDED.name())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThatThrownBy(() -> signedBy(alias))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).errorCode())
                .isEqualTo(SignatureError.SIGNER_CERTIFICATE_REVOKED);
    }

    @Test
    void aSignatureMadeBeforeARevocationForAnotherReasonStaysValid() throws Exception {
        String alias = freshKey();
        byte[] signed = signedBy(alias);
        X509Certificate certificate = certificate(alias);
        // revoked after the signature, superseded by a new certificate: what was signed before still counts
        uploadCrl(crl(
                        demoCa(),
                        certificate.getSerialNumber(),
                        Instant.now().plus(1, ChronoUnit.MINUTES),
                        org.bouncycastle.asn1.x509.CRLReason.superseded))
                .andExpect(status().is3xxRedirection());

        api(signed).andExpect(jsonPath("$.verdict").value("VALID"));
    }

    @Test
    void aCertificateListedInACrlTheDemoCaSignedMakesItsSignaturesInvalid() throws Exception {
        String alias = freshKey();
        byte[] signed = signedBy(alias);
        X509Certificate certificate = certificate(alias);

        uploadCrl(crl(
                        demoCa(),
                        certificate.getSerialNumber(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        org.bouncycastle.asn1.x509.CRLReason.unspecified))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));

        api(signed)
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.signatures[0].problem").value("revoked"));
        assertThat(page(ADMIN, PAGE)
                        .select("tr[data-serial="
                                + certificate.getSerialNumber().toString(16) + "]")
                        .text())
                .contains("Tệp CRL", "Không nêu lý do");
        assertThatThrownBy(() -> signedBy(alias)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCrlNotSignedByATrustAnchorIsRefusedAndNothingIsWritten() throws Exception {
        String alias = freshKey();
        byte[] signed = signedBy(alias);
        SigningKey stranger =
                DemoCertificates.rootCa("Civic Demo Root CA", "Civic (dữ liệu mẫu, không có giá trị pháp lý)");
        long before = jdbc.sql("select count(*) from signature_revocation")
                .query(Long.class)
                .single();

        Document page = Jsoup.parse(uploadCrl(crl(
                        stranger,
                        certificate(alias).getSerialNumber(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        org.bouncycastle.asn1.x509.CRLReason.keyCompromise))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#file-error").text())
                .isEqualTo("Danh sách thu hồi không được ký bởi chứng thư gốc mà hệ thống tin cậy.");
        assertThat(jdbc.sql("select count(*) from signature_revocation")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        api(signed).andExpect(jsonPath("$.verdict").value("VALID"));

        Document notACrl = Jsoup.parse(mvc.perform(as(ADMIN, multipart(PAGE + "/crl"))
                        .file(new MockMultipartFile(
                                "file", "ds.crl", "application/pkix-crl", "không phải CRL".getBytes()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(notACrl.select("#file-error").text())
                .isEqualTo("Tệp không phải là danh sách chứng thư bị thu hồi (CRL, dạng DER hoặc PEM) đọc được.");
    }

    @Test
    void aSignatureUnderACaNobodyTrustsIsUnknown(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        SignatureFixtures elsewhere = SignatureFixtures.demo(directory);
        String alias = SignerKeys.person("nguoi.la");
        elsewhere.demo.ensure(List.of(new DemoSigningKeys.DemoSigner(alias, "Người Lạ", "Tổ chức lạ", null)));
        byte[] signed = elsewhere.signatures.sign(SignatureFixtures.blankPdf(), alias, "Ký", "Hà Nội");

        api(signed)
                .andExpect(jsonPath("$.verdict").value("NOT_TRUSTED"))
                .andExpect(jsonPath("$.signatures[0].intact").value(true))
                .andExpect(jsonPath("$.signatures[0].trusted").value(false))
                .andExpect(jsonPath("$.signatures[0].problem").value("unknown"));
        assertThat(check(signed).select("#signature-1-problem").text()).startsWith("Chứng thư số không rõ nguồn gốc");
    }

    @Test
    void aSerialThatIsNotHexadecimalIsMarkedOnItsField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(as(ADMIN, post(PAGE))
                        .param(
                                "issuer",
                                demoCa().certificate().getSubjectX500Principal().getName("CANONICAL"))
                        .param("serialNumber", "xyz")
                        .param("reason", CRLReason.UNSPECIFIED.name())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#serialNumber").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#serialNumber-error").text())
                .isEqualTo("Số hiệu chứng thư phải là số thập lục phân (0-9, a-f).");
    }

    @Test
    void onlySystemAdministratorsKeepTheRevocationList() throws Exception {
        for (String username : List.of("quantri.hoankiem", "vanthu.hoankiem", "lanhdao.hoankiem")) {
            mvc.perform(as(username, get(PAGE))).andExpect(status().isForbidden());
            mvc.perform(as(username, post(PAGE)).param("serialNumber", "01").with(csrf()))
                    .andExpect(status().isForbidden());
        }
        Document page = page(ADMIN, PAGE);
        assertThat(page.select("h1").text()).isEqualTo("Chứng thư số bị thu hồi");
        assertThat(page.select("#issuer option").eachText()).anyMatch(t -> t.contains("Civic Demo Root CA"));
        assertThat(page(ADMIN, "/admin").select("a[href=" + PAGE + "]")).isNotEmpty();
    }

    // ---- helpers

    static byte[] crl(SigningKey issuer, BigInteger serial, Instant revokedAt, int reason) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(
                        issuer.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        builder.setNextUpdate(Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
        builder.addCRLEntry(serial, Date.from(revokedAt), reason);
        var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.privateKey()));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(holder);
        }
        return pem.toString().getBytes(StandardCharsets.US_ASCII);
    }

    ResultActions uploadCrl(byte[] content) throws Exception {
        return mvc.perform(as(ADMIN, multipart(PAGE + "/crl"))
                .file(new MockMultipartFile("file", "demo-ca.crl", "application/pkix-crl", content))
                .with(csrf()));
    }

    ResultActions api(byte[] pdf) throws Exception {
        return mvc.perform(multipart("/api/signatures/validations")
                .file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", pdf)));
    }

    Document check(byte[] pdf) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/verify-signature")
                        .file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    <T extends AbstractMockHttpServletRequestBuilder<T>> T as(String username, T request) {
        AccountView account = accounts.findByUsername(username).orElseThrow();
        request.with(TestActors.as(
                new TestActors.TestActor(account.actorId(), account.fullName(), account.agencyId(), null),
                account.privileges().toArray(Privilege[]::new)));
        return request;
    }
}
