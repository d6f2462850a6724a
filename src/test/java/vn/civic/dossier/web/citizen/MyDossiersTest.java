package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.web.citizen.CitizenTesting.AN;
import static vn.civic.dossier.web.citizen.CitizenTesting.BINH;
import static vn.civic.dossier.web.citizen.CitizenTesting.signedIn;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** "Hồ sơ của tôi": only one's own dossiers, the timeline in words, the files, supplement and withdrawal. */
@CivicTest
class MyDossiersTest {

    static final String CLERK = "vanthu.hoankiem";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierQueries queries;

    Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return CitizenTesting.page(mvc, request);
    }

    DossierView file() {
        return CitizenTesting.fileBirth(accounts, org, submission, BINH);
    }

    @Test
    void anotherApplicantsDossierAndFilesAreNotFound() throws Exception {
        DossierView dossier = file();
        long attachment = dossier.attachments().getFirst().id();
        String base = "/my/dossiers/" + dossier.code();
        for (String path :
                List.of(base, base + "/receipt", base + "/receipt.pdf", base + "/attachments/" + attachment)) {
            mvc.perform(get(path).with(signedIn(accounts, AN))).andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/withdraw")
                        .param("version", String.valueOf(dossier.version()))
                        .param("reason", "Thử")
                        .with(csrf())
                        .with(signedIn(accounts, AN)))
                .andExpect(status().isNotFound());
        // the owner downloads the file
        byte[] content = mvc.perform(get(base + "/attachments/" + attachment).with(signedIn(accounts, BINH)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(content).isEqualTo(CitizenTesting.PDF);
        mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void listAndTimelineSayTheStatusInWordsWithTheNationalCode() throws Exception {
        DossierView dossier = file();
        Document list = page(get("/my/dossiers").with(signedIn(accounts, BINH)));
        assertThat(list.select("#my-dossiers tr:has(a[href$=" + dossier.code() + "])")
                        .text())
                .contains("Mới đăng ký (mã 1)")
                .contains("Đăng ký khai sinh");
        Document show = page(get("/my/dossiers/" + dossier.code()).with(signedIn(accounts, BINH)));
        assertThat(show.select("#timeline li").first().text())
                .contains("Nộp hồ sơ")
                .contains("Trần Thị Bình");
        assertThat(show.select("#submitted-data").text())
                .contains("Họ, chữ đệm, tên của trẻ Nguyễn Minh Khôi")
                .contains("Giới tính Nam")
                .contains("12 Hàng Bạc, Phường Hoàn Kiếm");
        assertThat(show.select("#attachments a").eachText()).containsExactlyInAnyOrder("TK.pdf", "GCS.pdf");
        assertThat(show.select("a#withdraw")).hasSize(1);
    }

    @Test
    void requestedSupplementIsShownWithItsReasonAndSendingTheFilesResumesTheDossier() throws Exception {
        DossierView filed = file();
        DossierView asked = CitizenTesting.as(
                accounts,
                CLERK,
                () -> processing.requestSupplement(
                        filed.id(), filed.version(), "Giấy chứng sinh bị mờ", List.of("GCS")));
        String path = "/my/dossiers/" + filed.code();
        Document show = page(get(path).with(signedIn(accounts, BINH)));
        assertThat(show.select("#supplement").text()).contains("Giấy chứng sinh bị mờ");
        assertThat(show.select("#timeline").text())
                .contains("Yêu cầu bổ sung hồ sơ")
                .contains("Lý do yêu cầu bổ sung: Giấy chứng sinh bị mờ")
                .contains("Giấy chứng sinh; nếu không có");

        // nothing chosen: the wanted document is marked and nothing changes
        Document refused = page(multipart(path + "/supplement")
                .param("version", String.valueOf(asked.version()))
                .with(csrf())
                .with(signedIn(accounts, BINH)));
        assertThat(refused.select("#document-GCS").attr("aria-invalid")).isEqualTo("true");
        assertThat(statusOf(filed)).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        mvc.perform(multipart(path + "/supplement")
                        .file(CitizenTesting.pdf("GCS", "giay-chung-sinh-ro.pdf"))
                        .param("version", String.valueOf(asked.version()))
                        .with(csrf())
                        .with(signedIn(accounts, BINH)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(filed)).isEqualTo(DossierStatus.NEW);
        Document after = page(get(path).with(signedIn(accounts, BINH)));
        assertThat(after.select("#timeline").text()).contains("Công dân bổ sung hồ sơ");
        assertThat(after.select("#attachments").text())
                .contains("giay-chung-sinh-ro.pdf")
                .contains("bổ sung lần 1");
    }

    @Test
    void withdrawalAsksForAReasonThenClosesTheDossier() throws Exception {
        DossierView dossier = file();
        String path = "/my/dossiers/" + dossier.code() + "/withdraw";
        Document confirm = page(get(path).with(signedIn(accounts, BINH)));
        assertThat(confirm.select("#withdraw-form textarea[name=reason]")).hasSize(1);
        Document refused = page(post(path)
                .param("version", String.valueOf(dossier.version()))
                .param("reason", " ")
                .with(csrf())
                .with(signedIn(accounts, BINH)));
        assertThat(refused.select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(statusOf(dossier)).isEqualTo(DossierStatus.NEW);

        mvc.perform(post(path)
                        .param("version", String.valueOf(dossier.version()))
                        .param("reason", "Nộp nhầm thủ tục")
                        .with(csrf())
                        .with(signedIn(accounts, BINH)))
                .andExpect(status().is3xxRedirection());
        Document show = page(get("/my/dossiers/" + dossier.code()).with(signedIn(accounts, BINH)));
        assertThat(show.select(".dossier-status").text()).isEqualTo("Công dân yêu cầu rút hồ sơ (mã 7)");
        assertThat(show.select("#timeline").text())
                .contains("Công dân rút hồ sơ")
                .contains("Nộp nhầm thủ tục");
        assertThat(show.select("a#withdraw")).isEmpty();
    }

    private DossierStatus statusOf(DossierView dossier) {
        return CitizenTesting.as(
                accounts, BINH, () -> queries.myDossier(dossier.id()).status());
    }
}
