package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.web.citizen.CitizenTesting.BINH;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** Public tracking: a code and the right 4 digits show the progress and nothing personal; guessing is cut off. */
@CivicTest
class TrackingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierSubmission submission;

    Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return CitizenTesting.page(mvc, request);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void rightFactorShowsTheProgressWithoutPersonalDataAndAWrongOneRevealsNothing() throws Exception {
        DossierView dossier = CitizenTesting.fileBirth(accounts, org, submission, BINH);
        Document shown = page(post("/track")
                .param("code", dossier.code())
                .param("factor", BINH.substring(8))
                .with(csrf())
                .with(from("192.0.2.10")));
        assertThat(shown.select("#track-result").text())
                .contains("Đăng ký khai sinh")
                .contains("Mới đăng ký (mã 1)")
                .contains("Tiếp nhận hồ sơ: đang thực hiện từ");
        assertThat(shown.text())
                .doesNotContain("Trần Thị Bình")
                .doesNotContain(BINH)
                .doesNotContain("0987654321");

        Document wrong = page(post("/track")
                .param("code", dossier.code())
                .param("factor", "0000")
                .with(csrf())
                .with(from("192.0.2.10")));
        Document unknown = page(post("/track")
                .param("code", dossier.code() + "9")
                .param("factor", BINH.substring(8))
                .with(csrf())
                .with(from("192.0.2.10")));
        assertThat(wrong.select("#track-result")).isEmpty();
        assertThat(wrong.text()).doesNotContain("Đăng ký khai sinh");
        assertThat(wrong.select("#track-not-found").text())
                .isEqualTo(unknown.select("#track-not-found").text())
                .contains("Không tìm thấy hồ sơ");

        Document malformed = page(post("/track")
                .param("code", dossier.code())
                .param("factor", "12a")
                .with(csrf()));
        assertThat(malformed.select("#factor").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void statusApiAnswersJsonAndTheSameNotFoundForAnUnknownCodeAndAWrongFactor() throws Exception {
        DossierView dossier = CitizenTesting.fileBirth(accounts, org, submission, BINH);
        mvc.perform(get("/api/dossiers/status")
                        .param("code", dossier.code())
                        .param("factor", "4321")
                        .with(from("192.0.2.20")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(dossier.code()))
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.applicantName").doesNotExist());
        String wrong = mvc.perform(get("/api/dossiers/status")
                        .param("code", dossier.code())
                        .param("factor", "1111")
                        .with(from("192.0.2.20")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).doesNotContain("Đăng ký khai sinh");
        mvc.perform(get("/api/dossiers/status").param("code", "KHONG-CO-0001").param("factor", "4321"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dossiers/status").param("code", dossier.code()).param("factor", "43a1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("factor"));
    }

    @Test
    void tenWrongFactorsLockTheCodeEvenForTheRightFactor() throws Exception {
        DossierView dossier = CitizenTesting.fileBirth(accounts, org, submission, BINH);
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/dossiers/status")
                            .param("code", dossier.code())
                            .param("factor", String.format("%04d", 1000 + i))
                            .with(from("192.0.2." + (100 + i))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/dossiers/status")
                        .param("code", dossier.code())
                        .param("factor", "4321")
                        .with(from("192.0.2.99")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClientWithTooManyFailuresIsLockedOutForEveryCode() throws Exception {
        DossierView dossier = CitizenTesting.fileBirth(accounts, org, submission, BINH);
        String guesser = "198.51.100.77";
        for (int i = 0; i < 100; i++) {
            mvc.perform(get("/api/dossiers/status")
                            .param("code", "DOAN-" + i)
                            .param("factor", "1234")
                            .with(from(guesser)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/dossiers/status")
                        .param("code", dossier.code())
                        .param("factor", "4321")
                        .with(from(guesser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dossiers/status")
                        .param("code", dossier.code())
                        .param("factor", "4321")
                        .with(from("198.51.100.78")))
                .andExpect(status().isOk());
    }
}
