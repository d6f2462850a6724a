package vn.civic.document.incoming.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.document.DocumentFile;
import vn.civic.document.IncomingExchange;
import vn.civic.document.ReceivedDocument;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestClock;

/** The staff pages of incoming documents: register form with marked errors, a document's page, and who reaches it. */
@CivicTest
class IncomingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    IncomingExchange exchange;

    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    RequestPostProcessor as(String username) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        return TestActors.as(
                new TestActors.TestActor(a.actorId(), a.fullName(), a.agencyId(), null),
                a.privileges().toArray(Privilege[]::new));
    }

    String today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE)).toString();
    }

    long registered(String symbol) throws Exception {
        String location = mvc.perform(multipart("/work/documents/incoming")
                        .file(new MockMultipartFile("files", "cong-van.pdf", "application/pdf", PDF))
                        .param("receivedDate", today())
                        .param("author", "Công an thành phố Hà Nội")
                        .param("numberSymbol", symbol)
                        .param("documentDate", today())
                        .param("typeCode", "CV")
                        .param("urgency", "NORMAL")
                        .param("summary", "Về việc bảo đảm an ninh trật tự dịp Tết")
                        .with(as("vanthu.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/work/documents/incoming/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static String symbol() {
        return ThreadLocalRandom.current().nextInt(100, 100_000) + "/CAHN-PV01";
    }

    @Test
    void aClerkRegistersAnUploadedLetterAndSeesItsIncomingNumber() throws Exception {
        String symbol = symbol();
        long id = registered(symbol);
        mvc.perform(get("/work/documents/incoming/" + id).with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(symbol)))
                .andExpect(content().string(containsString("Chờ phân công")))
                .andExpect(content().string(containsString("cong-van.pdf")));
        mvc.perform(get("/work/documents/incoming").param("tab", "ALL").with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(symbol)));
        long file = jdbc.sql("select id from incoming_document_file where document_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(get("/work/documents/incoming/" + id + "/files/" + file).with(as("lanhdao.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/work/documents/incoming/" + id + "/files/" + file).with(as("chuyenvien.hoankiem")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMissingFieldAndAnUnsupportedFileComeBackMarkedInVietnamese() throws Exception {
        String symbol = symbol();
        mvc.perform(multipart("/work/documents/incoming")
                        .file(new MockMultipartFile(
                                "files", "virus.exe", "application/octet-stream", new byte[] {'M', 'Z', 1, 2, 3, 4, 5, 6
                                }))
                        .param("receivedDate", today())
                        .param("author", "")
                        .param("numberSymbol", symbol)
                        .param("documentDate", today())
                        .param("typeCode", "CV")
                        .param("summary", "Trích yếu")
                        .with(as("vanthu.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"author-error\"")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(content().string(containsString("id=\"files-error\"")))
                .andExpect(content().string(containsString("Tệp virus.exe không được chấp nhận")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(jdbc.sql("select count(*) from incoming_document where number_symbol = ?")
                        .param(symbol)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anOfficerNotAssignedGetsNotFoundAndTheAssignedOneSeesTheDocument() throws Exception {
        long id = registered(symbol());
        mvc.perform(get("/work/documents/incoming/" + id).with(as("chuyenvien.hoankiem")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/work/documents/incoming/" + id).with(as("vanthu.hongbang")))
                .andExpect(status().isNotFound());
        long lead = accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();
        mvc.perform(post("/work/documents/incoming/" + id + "/assign")
                        .param("instruction", "Giao đồng chí Minh chủ trì")
                        .param("deadline", LocalDate.parse(today()).plusDays(3).toString())
                        .param("leadAccountId", Long.toString(lead))
                        .with(as("lanhdao.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/work/documents/incoming/" + id).with(as("chuyenvien.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giao đồng chí Minh chủ trì")))
                .andExpect(content().string(containsString("id=\"finish-form\"")))
                .andExpect(content().string(not(containsString("id=\"assign-form\""))));
        mvc.perform(get("/work/documents/incoming").param("tab", "MINE").with(as("chuyenvien.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + id + "\"")));
    }

    @Test
    void aPastDeadlineIsMarkedOnTheAssignmentForm() throws Exception {
        long id = registered(symbol());
        long lead = accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();
        mvc.perform(post("/work/documents/incoming/" + id + "/assign")
                        .param("deadline", LocalDate.parse(today()).minusDays(1).toString())
                        .param("leadAccountId", Long.toString(lead))
                        .with(as("lanhdao.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assign-deadline-error\"")))
                .andExpect(content().string(containsString("Hạn xử lý không được trước hôm nay.")));
    }

    @Test
    void aClerkRegistersADocumentFromTheExchangeAndAnswersItsRecall() throws Exception {
        String symbol = symbol();
        long agency = accounts.findByUsername("vanthu.hoankiem").orElseThrow().agencyId();
        String exchangeId = "000.00.00.H26,2026/12/01," + symbol;
        long id = exchange.receive(new ReceivedDocument(
                agency,
                exchangeId,
                "000.00.00.H26",
                "Ủy ban nhân dân thành phố Hà Nội",
                symbol,
                LocalDate.parse(today()),
                "CV",
                "Về việc rà soát nhà ở xuống cấp",
                null,
                Urgency.NORMAL,
                null,
                1,
                List.of(),
                List.of(new DocumentFile("cv.pdf", "application/pdf", PDF))));
        mvc.perform(get("/work/documents/incoming").param("tab", "RECEIVED").with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + id + "\"")));
        mvc.perform(get("/work/documents/incoming/" + id + "/register").with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + symbol + "\"")));
        mvc.perform(post("/work/documents/incoming/" + id + "/register")
                        .param("receivedDate", today())
                        .param("author", "Ủy ban nhân dân thành phố Hà Nội")
                        .param("numberSymbol", symbol)
                        .param("documentDate", today())
                        .param("typeCode", "CV")
                        .param("urgency", "NORMAL")
                        .param("summary", "Về việc rà soát nhà ở xuống cấp")
                        .with(as("vanthu.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());

        exchange.recall(agency, exchangeId, "Ban hành nhầm đối tượng");
        mvc.perform(get("/work/documents/incoming/" + id).with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ban hành nhầm đối tượng")))
                .andExpect(content().string(containsString("id=\"recall-form\"")));
        mvc.perform(post("/work/documents/incoming/" + id + "/recall")
                        .param("agree", "false")
                        .param("content", "Văn bản đã vào sổ và đang xử lý")
                        .with(as("vanthu.hoankiem"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/work/documents/incoming/" + id).with(as("vanthu.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Từ chối thu hồi")))
                .andExpect(content().string(containsString("Chờ phân công")))
                .andExpect(content().string(not(containsString("id=\"recall-form\""))));
    }

    @Test
    void theOverdueListIsForClerksAndLeadersOnly() throws Exception {
        mvc.perform(get("/work/documents/incoming/overdue").with(as("lanhdao.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản đến quá hạn")));
        mvc.perform(get("/work/documents/incoming/overdue").with(as("chuyenvien.hoankiem")))
                .andExpect(status().isForbidden());
    }
}
