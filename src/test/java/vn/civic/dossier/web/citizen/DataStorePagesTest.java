package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.web.citizen.CitizenTesting.AN;
import static vn.civic.dossier.web.citizen.CitizenTesting.BINH;
import static vn.civic.dossier.web.citizen.CitizenTesting.BIRTH;
import static vn.civic.dossier.web.citizen.CitizenTesting.birthForm;
import static vn.civic.dossier.web.citizen.CitizenTesting.fileBirth;
import static vn.civic.dossier.web.citizen.CitizenTesting.filing;
import static vn.civic.dossier.web.citizen.CitizenTesting.hoanKiem;
import static vn.civic.dossier.web.citizen.CitizenTesting.signedIn;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** "Kho dữ liệu của tôi" and the filing page's offer to reuse what is in it, once-only. */
@CivicTest
class DataStorePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierQueries queries;

    Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return CitizenTesting.page(mvc, request);
    }

    @Test
    void theFilingPageOffersTheStoredDocumentsChosenAndFilingWithThemUploadsNothing() throws Exception {
        DossierView earlier = fileBirth(accounts, org, submission, AN);
        long storedCertificate = earlier.attachments().stream()
                .filter(a -> a.documentCode().equals("GCS"))
                .findFirst()
                .orElseThrow()
                .id();

        Document form = page(get("/dossiers/new").param("procedure", BIRTH).with(signedIn(accounts, AN)));
        Element select = form.selectFirst("select#reuse-GCS");
        assertThat(select).isNotNull();
        assertThat(form.select("label[for=reuse-GCS]").text()).isEqualTo("Hoặc dùng giấy tờ trong kho dữ liệu của bạn");
        assertThat(select.select("option[selected]").val()).isEqualTo(String.valueOf(storedCertificate));
        assertThat(select.select("option[selected]").text()).contains("GCS.pdf").contains(earlier.code());

        String receipt = mvc.perform(
                        filing(birthForm(org), hoanKiem(org), UUID.randomUUID().toString())
                                .param("reuse.GCS", String.valueOf(storedCertificate))
                                .param(
                                        "reuse.TK",
                                        select.parent()
                                                .parent()
                                                .parent()
                                                .select("select#reuse-TK option[selected]")
                                                .val())
                                .with(signedIn(accounts, AN)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = receipt.substring("/my/dossiers/".length(), receipt.length() - "/receipt".length());

        Document store = page(get("/my/documents").with(signedIn(accounts, AN)));
        assertThat(store.select("h1").text()).isEqualTo("Kho dữ liệu của tôi");
        Element row = store.selectFirst("#store-filed tr[data-attachment=" + storedCertificate + "]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("GCS.pdf").contains(earlier.code()).contains(code);
        assertThat(store.select("a[href=/my/dossiers/" + earlier.code() + "/attachments/" + storedCertificate + "]"))
                .hasSize(1);

        // nobody else sees it, and the new dossier's files came from the store
        Document theirs = page(get("/my/documents").with(signedIn(accounts, BINH)));
        assertThat(theirs.select("tr[data-attachment=" + storedCertificate + "]"))
                .isEmpty();
        DossierView filed = CitizenTesting.as(accounts, AN, () -> queries.myDossierByCode(code));
        assertThat(filed.attachments())
                .extracting(DossierView.AttachmentView::documentCode)
                .containsExactlyInAnyOrder("TK", "GCS");
    }

    @Test
    void choosingNoneMeansUploadingAndAMissingMandatoryDocumentIsMarked() throws Exception {
        fileBirth(accounts, org, submission, AN);
        Document page =
                page(filing(birthForm(org), hoanKiem(org), UUID.randomUUID().toString())
                        .param("reuse.GCS", "none")
                        .param("reuse.TK", "none")
                        .with(signedIn(accounts, AN)));
        assertThat(page.select("#document-GCS-error").text()).contains("Thiếu thành phần hồ sơ bắt buộc");
        // the choice made is kept when the page comes back
        assertThat(page.select("select#reuse-GCS option[selected]").val()).isEqualTo("none");
    }

    @Test
    void aFileUploadedForADocumentReplacesTheStoredOneChosenForIt() throws Exception {
        DossierView earlier = fileBirth(accounts, org, submission, AN);
        String receipt = mvc.perform(filing(
                                birthForm(org),
                                hoanKiem(org),
                                UUID.randomUUID().toString(),
                                CitizenTesting.pdf("GCS", "giay-chung-sinh-moi.pdf"))
                        .param(
                                "reuse.GCS",
                                String.valueOf(earlier.attachments().getLast().id()))
                        .param(
                                "reuse.TK",
                                String.valueOf(earlier.attachments().getFirst().id()))
                        .with(signedIn(accounts, AN)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = receipt.substring("/my/dossiers/".length(), receipt.length() - "/receipt".length());
        DossierView filed = CitizenTesting.as(accounts, AN, () -> queries.myDossierByCode(code));
        assertThat(filed.attachments())
                .extracting(DossierView.AttachmentView::documentCode, DossierView.AttachmentView::fileName)
                .containsExactlyInAnyOrder(tuple("TK", "TK.pdf"), tuple("GCS", "giay-chung-sinh-moi.pdf"));
    }

    @Test
    void theStoreIsOnlyForApplicants() throws Exception {
        mvc.perform(get("/my/documents")).andExpect(status().is3xxRedirection());
    }
}
