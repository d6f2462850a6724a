package vn.civic.exchange.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.document.incoming.IncomingQueries;
import vn.civic.document.incoming.IncomingTab;
import vn.civic.exchange.edxml.EdXmlSamples;
import vn.civic.exchange.edxml.EdXmlWriter;
import vn.civic.exchange.edxml.EdocPackage;
import vn.civic.exchange.edxml.MessageHeader;
import vn.civic.exchange.edxml.Organisation;
import vn.civic.exchange.edxml.StatusMessage;
import vn.civic.exchange.edxml.TraceAction;
import vn.civic.exchange.edxml.TraceHeaderList;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.signature.SignerKeys;
import vn.civic.signature.XmlSigningKeys;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The exchange endpoint as a peer installation meets it: only a request signed with a known peer's secret is read,
 * a refused package is answered "02 rejected" with the reason, and every refusal is in the administrators' log.
 */
@CivicTest
class ExchangeEndpointTest {

    static final String SECRET = "test-exchange-secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    EdXmlWriter writer;

    @Autowired
    XmlSigningKeys keys;

    @Autowired
    Clock clock;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    IncomingQueries incoming;

    byte[] signedPackage(String number) {
        var edoc = EdXmlSamples.edoc(
                DemoAgencies.HOAN_KIEM, DemoAgencies.HONG_BANG, number, TraceAction.NEW, "%PDF-1.7\n%%EOF".getBytes());
        return writer.write(
                edoc, keys.find(SignerKeys.seal(DemoAgencies.HOAN_KIEM)).orElseThrow());
    }

    MockHttpServletRequestBuilder request(byte[] body, String secret) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String hash = PeerRequests.contentHash(body);
        return post(PeerInbox.PATH)
                .contentType("application/xml")
                .content(body)
                .header(PeerRequests.FROM, DemoAgencies.HOAN_KIEM)
                .header(PeerRequests.TIMESTAMP, timestamp)
                .header(PeerRequests.CONTENT_HASH, hash)
                .header(
                        PeerRequests.SIGNATURE,
                        PeerRequests.signature(secret, DemoAgencies.HOAN_KIEM, timestamp, hash));
    }

    static String number() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    @Test
    void aRequestWithABadHmacIsRefusedUnread() throws Exception {
        byte[] body = signedPackage(number());

        mvc.perform(request(body, "not-the-secret"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("exchange_peer_unauthenticated"))
                .andExpect(jsonPath("$.statusCode").value("02"));
    }

    @Test
    void aRequestWhoseBodyIsNotTheHashedOneIsRefused() throws Exception {
        byte[] body = signedPackage(number());
        byte[] other = signedPackage(number());
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String hash = PeerRequests.contentHash(body);

        mvc.perform(post(PeerInbox.PATH)
                        .contentType("application/xml")
                        .content(other)
                        .header(PeerRequests.FROM, DemoAgencies.HOAN_KIEM)
                        .header(PeerRequests.TIMESTAMP, timestamp)
                        .header(PeerRequests.CONTENT_HASH, hash)
                        .header(
                                PeerRequests.SIGNATURE,
                                PeerRequests.signature(SECRET, DemoAgencies.HOAN_KIEM, timestamp, hash)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("exchange_peer_unauthenticated"));
    }

    @Test
    void aTamperedPackageFromAKnownPeerIsRejectedWithTheReasonAndLogged() throws Exception {
        String number = number();
        String xml = new String(signedPackage(number), StandardCharsets.UTF_8);
        byte[] tampered = xml.replace("ngày hội đọc sách", "ngày hội thể thao").getBytes(StandardCharsets.UTF_8);

        mvc.perform(request(tampered, SECRET))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("exchange_signature_invalid"))
                .andExpect(jsonPath("$.statusCode").value("02"));

        var admin = TestActors.staff(1, "000.00.00.H26");
        String page = mvc.perform(get("/admin/exchange")
                        .param("documentId", number + "/QĐ-UBND")
                        .param("direction", "IN")
                        .param("type", "edoc")
                        .with(TestActors.as(admin, Privilege.EXCHANGE_MANAGE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var rows = Jsoup.parse(page).select("#exchange-log tbody tr[data-status=REJECTED]");
        assertThat(rows).isNotEmpty();
        assertThat(rows.first().text()).contains("exchange_signature_invalid", DemoAgencies.HOAN_KIEM);
    }

    @Test
    void aPackageForAnAgencyNotOnThisPlatformIsRejected() throws Exception {
        var edoc = EdXmlSamples.edoc(
                DemoAgencies.HOAN_KIEM, "000.00.00.G22", number(), TraceAction.NEW, "%PDF-1.7\n%%EOF".getBytes());
        byte[] body = writer.write(
                edoc, keys.find(SignerKeys.seal(DemoAgencies.HOAN_KIEM)).orElseThrow());

        mvc.perform(request(body, SECRET))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("exchange_recipient_unknown"));
    }

    @Test
    void aStatusMessageAboutADocumentNeverSentIsRejected() throws Exception {
        var status = new StatusMessage(
                new MessageHeader.ResponseFor(
                        DemoAgencies.HONG_BANG,
                        "999999/QĐ-UBND",
                        LocalDate.of(2026, 1, 2),
                        DemoAgencies.HONG_BANG + ",2026/01/02,999999/QĐ-UBND"),
                Organisation.of(DemoAgencies.HOAN_KIEM, "Ủy ban nhân dân phường Hoàn Kiếm"),
                "03",
                null,
                clock.instant(),
                null);
        byte[] body = writer.write(
                status, keys.find(SignerKeys.seal(DemoAgencies.HOAN_KIEM)).orElseThrow());

        mvc.perform(request(body, SECRET))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("exchange_document_unknown"));
    }

    @Test
    void anUpdateFromTheSenderChangesTheDocumentAwaitingRegistration() throws Exception {
        String number = number();
        EdocPackage sent = EdXmlSamples.edoc(
                DemoAgencies.HOAN_KIEM, DemoAgencies.HONG_BANG, number, TraceAction.NEW, "%PDF-1.7\n%%EOF".getBytes());
        var seal = keys.find(SignerKeys.seal(DemoAgencies.HOAN_KIEM)).orElseThrow();
        mvc.perform(request(writer.write(sent, seal), SECRET)).andExpect(status().isOk());

        MessageHeader h = sent.header();
        var header = new MessageHeader(
                h.from(),
                h.to(),
                h.code(),
                h.promulgationInfo(),
                h.documentType(),
                h.subject() + " (cập nhật)",
                h.content(),
                h.signerInfo(),
                h.dueDate(),
                h.toPlaces(),
                h.otherInfo(),
                h.steeringType(),
                h.documentId(),
                h.responseFor());
        var business = sent.trace().business();
        var trace = new TraceHeaderList(
                sent.trace().traceHeaders(),
                new TraceHeaderList.Business(
                        TraceAction.UPDATE, "Sửa trích yếu", business.staffInfo(), List.of(), business.receivers()));
        mvc.perform(request(writer.write(new EdocPackage(header, trace, sent.attachments()), seal), SECRET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documentId").value(h.documentId()));

        var received = ExchangeTesting.as(
                        accounts,
                        "vanthu.hongbang",
                        () -> incoming.list(IncomingTab.RECEIVED, number + "/QĐ-UBND", null, 0, 10))
                .items();
        assertThat(received)
                .singleElement()
                .satisfies(d -> assertThat(d.summary()).endsWith("(cập nhật)"));
    }

    @Test
    void theExchangeLogIsForExchangeManagersOnly() throws Exception {
        var admin = TestActors.staff(1, "000.00.00.H26");
        mvc.perform(get("/admin/exchange").with(TestActors.as(admin, Privilege.PORTAL_SYNC_MANAGE)))
                .andExpect(status().isForbidden());
    }
}
