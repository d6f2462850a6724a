package vn.civic.document.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.document.search.SearchTesting.clerk;
import static vn.civic.document.search.SearchTesting.entry;
import static vn.civic.document.search.SearchTesting.id;
import static vn.civic.document.search.SearchTesting.uniqueWord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.document.DocumentIndex;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The staff search page and the REST API: results the caller may read, privileges, and bad parameters. */
@CivicTest
class DocumentSearchPagesTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentIndex index;

    @Autowired
    OrgDirectory org;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePageListsTheDocumentsFoundWithLinksToTheirPages() throws Exception {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry incoming = SearchTesting.with(
                entry(DocumentKind.INCOMING, agency, false, "Quyết định về Đường Láng " + word, "Sở Xây dựng", DAY),
                "QD",
                "REGISTERED",
                "12/QĐ-SXD",
                null);
        index.index(incoming);
        DocumentIndexEntry outgoing = SearchTesting.withFile(
                entry(DocumentKind.OUTGOING, agency, false, "Báo cáo tháng " + word, "UBND phường", DAY.minusDays(1)),
                "bao-cao.pdf",
                SearchTesting.pdf("Kết quả giải phóng mặt bằng đường Láng"));
        index.index(outgoing);

        Document page = page(get("/work/documents/search")
                .param("q", "duong lang " + word)
                .with(TestActors.as(clerk(agency), Privilege.DOCUMENT_REGISTER)));

        assertThat(page.select("#search-count").text()).isEqualTo("Tìm thấy 2 văn bản.");
        assertThat(page.select("#search-results tbody tr")).hasSize(2);
        assertThat(page.select("#search-results tbody tr:first-child th a").attr("href"))
                .isEqualTo("/work/documents/incoming/" + incoming.documentId());
        assertThat(page.select("#search-results tbody tr:first-child th a").text())
                .isEqualTo("12/QĐ-SXD");
        assertThat(page.select("#search-results tbody tr:first-child td").get(0).text())
                .isEqualTo("05/10/2026");
        assertThat(page.select("#search-results tbody tr:first-child td").get(1).text())
                .isEqualTo("Quyết định");
        assertThat(page.select("#search-results tbody tr:nth-child(2) th a").attr("href"))
                .isEqualTo("/work/documents/outgoing/" + outgoing.documentId());
        assertThat(page.select("#search-results tbody tr:nth-child(2) .excerpt").text())
                .as("the text around the word, where the summary does not show it")
                .contains("giai phong mat bang duong lang");
        assertThat(page.select("input#q").val()).isEqualTo("duong lang " + word);
    }

    @Test
    void anotherAgencysClerkFindsNothingOnThePage() throws Exception {
        long agency = id();
        String word = uniqueWord();
        index.index(entry(DocumentKind.INCOMING, agency, false, "Thông báo " + word, "Sở", DAY));

        Document page = page(get("/work/documents/search")
                .param("q", word)
                .with(TestActors.as(clerk(id()), Privilege.DOCUMENT_REGISTER)));

        assertThat(page.select("#search-count").text()).isEqualTo("Tìm thấy 0 văn bản.");
        assertThat(page.select("#search-results")).isEmpty();
    }

    @Test
    void aBadDateIsMarkedOnItsField() throws Exception {
        Document page = page(get("/work/documents/search")
                .param("from", "31/02/2026")
                .with(TestActors.as(clerk(id()), Privilege.DOCUMENT_HANDLE)));

        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from-error").text()).isEqualTo("Ngày không hợp lệ.");
        assertThat(page.select("#search-results")).isEmpty();
    }

    @Test
    void thePageAndTheApiNeedADocumentPrivilege() throws Exception {
        mvc.perform(get("/work/documents/search").with(TestActors.as(clerk(id()), Privilege.WORKSPACE_ACCESS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/documents/search").with(TestActors.as(clerk(id()), Privilege.WORKSPACE_ACCESS)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersThePageOfResultsAndTheCount() throws Exception {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry e = entry(DocumentKind.INCOMING, agency, false, "Kế hoạch " + word, "Sở Nội vụ", DAY);
        index.index(e);

        mvc.perform(get("/api/documents/search")
                        .param("q", "ke hoach " + word)
                        .param("kind", "INCOMING")
                        .with(TestActors.as(clerk(agency), Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.moreThanTotal").value(false))
                .andExpect(jsonPath("$.items[0].documentId").value(e.documentId()))
                .andExpect(jsonPath("$.items[0].kind").value("INCOMING"))
                .andExpect(jsonPath("$.items[0].documentDate").value("2026-10-05"));
    }

    @Test
    void anAgencysSystemWithTheDocumentReadScopeFindsItsNonConfidentialDocumentsOnly() throws Exception {
        // the demo archive of Phường Hoàn Kiếm: a machine client with the scope document.read and a published key
        String archiveKey = "civic_archhk26_demo-key-of-the-hoankiem-archive";
        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        String word = uniqueWord();
        DocumentIndexEntry open = entry(DocumentKind.OUTGOING, hoanKiem, false, "Kế hoạch " + word, "UBND", DAY);
        index.index(open);
        index.index(entry(DocumentKind.OUTGOING, hoanKiem, true, "Kế hoạch mật " + word, "UBND", DAY));
        index.index(entry(DocumentKind.OUTGOING, id(), false, "Kế hoạch khác " + word, "UBND", DAY));

        mvc.perform(get("/api/documents/search").param("q", word).header("X-API-Key", archiveKey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].documentId").value(open.documentId()));
        // the LGSP holds org.read only
        mvc.perform(get("/api/documents/search")
                        .param("q", word)
                        .header("X-API-Key", "civic_lgsphn26_demo-key-of-the-hanoi-lgsp"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersProblemDetailsForBadParameters() throws Exception {
        TestActors.TestActor clerk = clerk(id());
        mvc.perform(get("/api/documents/search")
                        .param("from", "2026-13-01")
                        .with(TestActors.as(clerk, Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document_search_date_invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/documents/search")
                        .param("q", "a".repeat(201))
                        .with(TestActors.as(clerk, Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document_search_query_too_long"));
        mvc.perform(get("/api/documents/search")
                        .param("page", "-1")
                        .with(TestActors.as(clerk, Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document_search_page_out_of_range"));
        mvc.perform(get("/api/documents/search")
                        .param("q", uniqueWord())
                        .param("page", "3")
                        .with(TestActors.as(clerk, Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document_search_page_out_of_range"));
        mvc.perform(get("/api/documents/search")
                        .param("from", "2026-10-05")
                        .param("to", "2026-10-01")
                        .with(TestActors.as(clerk, Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document_search_date_range_invalid"));
    }
}
