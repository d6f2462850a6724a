package vn.civic.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.document.outgoing.OutgoingTesting.ADMIN;
import static vn.civic.document.outgoing.OutgoingTesting.CLERK;
import static vn.civic.document.outgoing.OutgoingTesting.DRAFTER;
import static vn.civic.document.outgoing.OutgoingTesting.OTHER_CLERK;
import static vn.civic.document.outgoing.OutgoingTesting.pdf;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

@CivicTest
class OutgoingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    OutgoingDrafts drafts;

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        return request.with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestActors.as(
                        OutgoingTesting.actor(accounts, username),
                        a.privileges().toArray(Privilege[]::new)));
    }

    private long draft() {
        return OutgoingTesting.as(
                accounts,
                DRAFTER,
                () -> drafts.create(
                        new DraftCommand(
                                "QD", "Trang thử nghiệm " + System.nanoTime(), false, Urgency.NORMAL, null, null, null),
                        OutgoingTesting.upload("du-thao.pdf", pdf("Trang")),
                        List.of()));
    }

    private Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theDrafterCreatesADraftFromTheFormAndSeesItOnTheirList() throws Exception {
        String summary = "Quyết định từ biểu mẫu " + System.nanoTime();
        var result = mvc.perform(as(
                        DRAFTER,
                        multipart("/work/documents/outgoing/new")
                                .file(new MockMultipartFile("mainFile", "qd.pdf", "application/pdf", pdf(summary)))
                                .param("typeCode", "QD")
                                .param("summary", summary)
                                .param("urgency", "NORMAL")))
                .andExpect(redirectedUrlPattern("/work/documents/outgoing/*"))
                .andExpect(flash().attribute("notice", "outgoing.notice.created"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        Document show = page(DRAFTER, location);
        assertThat(show.select("h1").text()).isEqualTo(summary);
        assertThat(show.select("#files tbody tr")).hasSize(1);
        assertThat(show.select("#submit-form")).hasSize(1);
        assertThat(show.select("#issue-form")).isEmpty();
        Document lists = page(DRAFTER, "/work/documents/outgoing");
        assertThat(lists.select("#drafts").text()).contains(summary);
    }

    @Test
    void anUnsupportedMainFileMarksTheFieldInVietnamese() throws Exception {
        String html = mvc.perform(as(
                        DRAFTER,
                        multipart("/work/documents/outgoing/new")
                                .file(new MockMultipartFile("mainFile", "anh.txt", "text/plain", "xin chào".getBytes()))
                                .param("typeCode", "QD")
                                .param("summary", "Tệp sai")
                                .param("urgency", "NORMAL")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#mainFile").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#mainFile-error").text()).contains("văn bản chính phải là PDF");
    }

    @Test
    void aDocumentOfAnotherAgencyIsNotFound() throws Exception {
        long id = draft();
        mvc.perform(as(OTHER_CLERK, get("/work/documents/outgoing/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(OTHER_CLERK, post("/work/documents/outgoing/" + id + "/issue")))
                .andExpect(status().isNotFound());
        // the clerk of its own agency reads it
        assertThat(page(CLERK, "/work/documents/outgoing/" + id).select("h1").text())
                .startsWith("Trang thử nghiệm");
    }

    @Test
    void issuingNeedsTheClerksPrivilege() throws Exception {
        long id = draft();
        mvc.perform(as(DRAFTER, post("/work/documents/outgoing/" + id + "/issue")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedActionComesBackWithTheProblem() throws Exception {
        long id = draft();
        mvc.perform(as(
                        DRAFTER,
                        post("/work/documents/outgoing/" + id + "/decide").param("decision", "approve")))
                .andExpect(redirectedUrlPattern("/work/documents/outgoing/*"))
                .andExpect(flash().attribute("problem", "error.outgoing_action_not_allowed"));
    }

    @Test
    void theApiShowsTheRegisterEntryToItsAgencyOnly() throws Exception {
        long id = draft();
        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();
        mvc.perform(get("/api/documents/outgoing/" + id)
                        .with(TestActors.as(
                                TestActors.staff(hoanKiem, DemoAgencies.HOAN_KIEM), Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.files[0].role").value("MAIN"));
        mvc.perform(get("/api/documents/outgoing/" + id)
                        .with(TestActors.as(
                                TestActors.staff(hongBang, DemoAgencies.HONG_BANG), Privilege.DOCUMENT_REGISTER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get("/api/documents/outgoing/" + id)
                        .with(TestActors.as(
                                TestActors.staff(hoanKiem, DemoAgencies.HOAN_KIEM), Privilege.DOCUMENT_HANDLE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWorkflowPageManagesTheAdministratorsScopeOnly() throws Exception {
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();
        Document own = page(ADMIN, "/admin/documents/workflow");
        assertThat(own.select("#workflow-form")).hasSize(1);
        mvc.perform(as(ADMIN, get("/admin/documents/workflow").param("agency", Long.toString(hongBang))))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        ADMIN,
                        post("/admin/documents/workflow")
                                .param("agency", Long.toString(hongBang))
                                .param("typeCode", "TB")))
                .andExpect(status().isNotFound());
        mvc.perform(as(CLERK, get("/admin/documents/workflow"))).andExpect(status().isForbidden());
    }
}
