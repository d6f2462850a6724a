package vn.civic.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.feedback.web.StaffPagesTesting.CITIZEN;
import static vn.civic.feedback.web.StaffPagesTesting.DESK;
import static vn.civic.feedback.web.StaffPagesTesting.LEADER;
import static vn.civic.feedback.web.StaffPagesTesting.OFFICER;
import static vn.civic.feedback.web.StaffPagesTesting.OFFICER2;
import static vn.civic.feedback.web.StaffPagesTesting.OTHER_OFFICER;
import static vn.civic.feedback.web.StaffPagesTesting.png;
import static vn.civic.feedback.web.StaffPagesTesting.unique;

import java.awt.Color;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.StaffReport;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The staff side of feedback through its pages: what the ward's officer sees in the queue and on a report, the
 * handling actions with their marked fields, the routing desk's actions, and who may do what (another agency's report
 * is not found; an officer cannot route or hide).
 */
@CivicTest
class StaffFeedbackPagesTest {

    static final String WARD_CLERK = "vanthu.hoankiem";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    FeedbackReports reports;

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        return request.with(SecurityMockMvcRequestPostProcessors.csrf()).with(StaffPagesTesting.as(accounts, username));
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url).param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    String report(String text) {
        return StaffPagesTesting.streetLight(reports, accounts, org, unique(text));
    }

    StaffReport staffView(String code) {
        return StaffPagesTesting.call(accounts, OFFICER, () -> reports.staffReport(code));
    }

    @Test
    void theWardsQueueShowsItsRoutedReportWithItsDeadline() throws Exception {
        String description = unique("Đèn đường trước cửa nhà văn hóa không sáng");
        String code = StaffPagesTesting.streetLight(reports, accounts, org, description);

        Document queue = page(OFFICER, "/work/feedback?q=" + code);
        assertThat(queue.select("#queue tbody tr[data-code=" + code + "]")).hasSize(1);
        String row = queue.select("#queue tr[data-code=" + code + "]").text();
        assertThat(row).contains("Chiếu sáng công cộng").contains("Đã chuyển đơn vị xử lý");
        assertThat(row).contains("Hạn tiếp nhận").contains("Chưa phân công");
        assertThat(queue.select("#queue tr[data-code=" + code + "] td.time-left")
                        .text())
                .startsWith("Còn ");

        // another ward's officer neither finds it in the queue nor opens it
        Document other = page(OTHER_OFFICER, "/work/feedback?q=" + code);
        assertThat(other.select("#queue tr[data-code=" + code + "]")).isEmpty();
        mvc.perform(as(OTHER_OFFICER, get("/work/feedback/" + code))).andExpect(status().isNotFound());
    }

    @Test
    void theReportPageShowsTheContactDataAndHistoryToTheWardsStaff() throws Exception {
        String code = report("Cột đèn nghiêng sắp đổ");

        Document show = page(OFFICER, "/work/feedback/" + code);
        assertThat(show.select("#report-code").text()).isEqualTo(code);
        assertThat(show.select("#contact-name").text()).isEqualTo("Nguyễn Văn An");
        assertThat(show.select("#contact-phone").text()).isEqualTo("0912345678");
        assertThat(show.select("#contact-email").text()).isEqualTo("an.nguyen@example.vn");
        assertThat(show.select("#report-agency").text()).isEqualTo(hoanKiemName());
        assertThat(show.select("#history tr[data-action=submitted]")).hasSize(1);
        assertThat(show.select("#acknowledge-form")).hasSize(1);
        assertThat(show.select("#answer-form")).isEmpty();
        // the officer may not route, merge or hide
        assertThat(show.select("#route-form, #merge-form, #hide-form")).isEmpty();

        // the reporter's photo is served to staff
        String src = show.select("#report-files img").attr("src");
        assertThat(mvc.perform(as(OFFICER, get(src)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("image/png");
    }

    @Test
    void acknowledgingNamesTheHandlerAndTheAnswerNeedsTextAndEvidence() throws Exception {
        String code = report("Đèn chập chờn cả đêm");
        long officer2 = StaffPagesTesting.account(accounts, OFFICER2).id();

        mvc.perform(as(
                        OFFICER,
                        post("/work/feedback/" + code + "/acknowledge").param("handler", Long.toString(officer2))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/work/feedback/" + code));
        StaffReport acknowledged = staffView(code);
        assertThat(acknowledged.status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(acknowledged.handlerAccountId()).isEqualTo(officer2);

        // neither text nor evidence: both fields marked, nothing stored
        Document refused = Jsoup.parse(mvc.perform(as(
                        OFFICER,
                        multipart("/work/feedback/" + code + "/answer")
                                .param("text", " ")
                                .param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#answer-text-error").text()).isEqualTo("Vui lòng nhập nội dung trả lời.");
        assertThat(refused.select("#answer-evidence-error").text())
                .isEqualTo("Vui lòng đính kèm ít nhất một ảnh hoặc tài liệu minh chứng kết quả xử lý.");
        assertThat(refused.select("#answer-evidence").attr("aria-invalid")).isEqualTo("true");
        assertThat(staffView(code).status()).isEqualTo(ReportStatus.IN_PROGRESS);

        // a disguised file (a script named .jpg) is refused on the evidence field
        Document disguised = Jsoup.parse(mvc.perform(as(
                        OFFICER,
                        multipart("/work/feedback/" + code + "/answer")
                                .file(new MockMultipartFile(
                                        "evidence",
                                        "sua-xong.jpg",
                                        "image/jpeg",
                                        "<script>alert(1)</script>".getBytes()))
                                .param("text", "Đã thay bóng đèn.")
                                .param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(disguised.select("#answer-evidence-error").text()).isNotBlank();
        assertThat(staffView(code).status()).isEqualTo(ReportStatus.IN_PROGRESS);

        mvc.perform(as(
                        OFFICER,
                        multipart("/work/feedback/" + code + "/answer")
                                .file(new MockMultipartFile("evidence", "da-sua.png", "image/png", png(Color.YELLOW)))
                                .param("text", "Đã thay bóng đèn mới, đèn sáng bình thường.")))
                .andExpect(status().is3xxRedirection());
        StaffReport answered = staffView(code);
        assertThat(answered.status()).isEqualTo(ReportStatus.ANSWERED);
        assertThat(answered.publicView().answer().text()).isEqualTo("Đã thay bóng đèn mới, đèn sáng bình thường.");
        assertThat(answered.files()).anyMatch(f -> f.evidence() && "image/png".equals(f.contentType()));
    }

    @Test
    void returningToTheDeskNeedsAReason() throws Exception {
        String code = report("Đèn không thuộc địa bàn phường");

        Document refused = Jsoup.parse(mvc.perform(as(
                        OFFICER,
                        post("/work/feedback/" + code + "/return")
                                .param("reason", "")
                                .param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#return-reason-input-error").text()).isEqualTo("Vui lòng nêu lý do.");
        assertThat(staffView(code).status()).isEqualTo(ReportStatus.ROUTED);

        mvc.perform(as(
                        OFFICER,
                        post("/work/feedback/" + code + "/return")
                                .param("reason", "Tuyến đèn do Công ty chiếu sáng thành phố quản lý")))
                .andExpect(status().is3xxRedirection());
        StaffReport returned = StaffPagesTesting.call(accounts, DESK, () -> reports.staffReport(code));
        assertThat(returned.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(returned.returnReason()).isEqualTo("Tuyến đèn do Công ty chiếu sáng thành phố quản lý");

        // it waits at the desk with the ward's reason, and the ward no longer sees it
        assertThat(page(DESK, "/work/feedback/desk?q=" + code + "&lang=vi")
                        .select("#desk tr[data-code=" + code + "] .returned")
                        .text())
                .isEqualTo("Đơn vị trả lại: Tuyến đèn do Công ty chiếu sáng thành phố quản lý");
        mvc.perform(as(OTHER_OFFICER, get("/work/feedback/" + code))).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerCannotRouteMergeOrHide() throws Exception {
        String code = report("Đèn hỏng, thử quyền điều phối");
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();

        mvc.perform(as(OFFICER, post("/work/feedback/" + code + "/route").param("agency", Long.toString(hongBang))))
                .andExpect(status().isForbidden());
        mvc.perform(as(OFFICER, post("/work/feedback/" + code + "/hide").param("reason", "Không phù hợp")))
                .andExpect(status().isForbidden());
        mvc.perform(as(OFFICER, post("/work/feedback/" + code + "/merge").param("into", code)))
                .andExpect(status().isForbidden());
        mvc.perform(as(OFFICER, get("/work/feedback/desk"))).andExpect(status().isForbidden());
        // a ward's clerk holds FEEDBACK_ROUTE but is not the city's routing desk
        mvc.perform(as(WARD_CLERK, get("/work/feedback/desk"))).andExpect(status().isForbidden());
        mvc.perform(as(WARD_CLERK, post("/work/feedback/" + code + "/hide").param("reason", "Không phù hợp")))
                .andExpect(status().isForbidden());
        assertThat(page(WARD_CLERK, "/work/feedback/" + code).select("#route-form, #merge-form, #hide-form"))
                .isEmpty();
        assertThat(staffView(code).status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void theQueueNeedsTheHandlingPrivilege() throws Exception {
        mvc.perform(get("/work/feedback")
                        .with(TestActors.as(
                                TestActors.staff(
                                        org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                                                .orElseThrow()
                                                .id(),
                                        DemoAgencies.HOAN_KIEM),
                                Privilege.WORKSPACE_ACCESS)))
                .andExpect(status().isForbidden());
        mvc.perform(as(CITIZEN, get("/work/feedback"))).andExpect(status().isForbidden());
    }

    @Test
    void theDeskRoutesMergesAndHidesWithMarkedFields() throws Exception {
        String code = report("Đèn hỏng, bộ phận điều phối chuyển lại");
        String duplicate = report("Đèn hỏng, báo trùng");
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();

        Document show = page(DESK, "/work/feedback/" + code);
        assertThat(show.select("#route-form, #merge-form, #hide-form")).hasSize(3);

        // routing needs an agency
        Document refused = Jsoup.parse(
                mvc.perform(as(DESK, post("/work/feedback/" + code + "/route").param("lang", "vi")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(refused.select("#route-agency-error").text()).isEqualTo("Vui lòng chọn cơ quan xử lý.");

        mvc.perform(as(
                        DESK,
                        post("/work/feedback/" + code + "/route")
                                .param("agency", Long.toString(hongBang))
                                .param("note", "Chuyển thử nghiệm")))
                .andExpect(status().is3xxRedirection());
        StaffReport routed = StaffPagesTesting.call(accounts, DESK, () -> reports.staffReport(code));
        assertThat(routed.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(routed.publicView().agencyId()).isEqualTo(hongBang);

        // merging needs the original's code; then the duplicate points at it
        Document noInto = Jsoup.parse(mvc.perform(
                        as(DESK, post("/work/feedback/" + duplicate + "/merge").param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noInto.select("#merge-into-error").text()).isEqualTo("Vui lòng nhập mã phản ánh gốc.");
        mvc.perform(as(DESK, post("/work/feedback/" + duplicate + "/merge").param("into", code)))
                .andExpect(status().is3xxRedirection());
        StaffReport merged = StaffPagesTesting.call(accounts, DESK, () -> reports.staffReport(duplicate));
        assertThat(merged.status()).isEqualTo(ReportStatus.MERGED);
        assertThat(merged.publicView().mergedInto()).isEqualTo(code);

        // hiding needs a reason
        Document noReason = Jsoup.parse(mvc.perform(as(
                        DESK,
                        post("/work/feedback/" + code + "/hide")
                                .param("reason", " ")
                                .param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noReason.select("#hide-reason-error").text()).isEqualTo("Vui lòng nêu lý do.");
        mvc.perform(as(
                        DESK,
                        post("/work/feedback/" + code + "/hide")
                                .param("reason", "Nội dung có thông tin cá nhân của người khác")))
                .andExpect(status().is3xxRedirection());
        StaffReport hidden = StaffPagesTesting.call(accounts, DESK, () -> reports.staffReport(code));
        assertThat(hidden.status()).isEqualTo(ReportStatus.HIDDEN);
        assertThat(hidden.hiddenReason()).isEqualTo("Nội dung có thông tin cá nhân của người khác");
    }

    @Test
    void theDeskHidesOnePhotoWithAReason() throws Exception {
        String code = report("Ảnh có biển số xe");
        long photo = staffView(code).files().getFirst().id();

        Document noReason = Jsoup.parse(mvc.perform(as(
                        DESK,
                        post("/work/feedback/" + code + "/hide-photo")
                                .param("photo", Long.toString(photo))
                                .param("lang", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noReason.select("#photo-reason-" + photo + "-error").text()).isEqualTo("Vui lòng nêu lý do.");

        mvc.perform(as(
                        DESK,
                        post("/work/feedback/" + code + "/hide-photo")
                                .param("photo", Long.toString(photo))
                                .param("reason", "Ảnh lộ biển số xe")))
                .andExpect(status().is3xxRedirection());
        assertThat(staffView(code).files().getFirst().hidden()).isTrue();
        assertThat(reports.publicPhoto(code, photo)).isEmpty();
        // staff still see it, marked
        assertThat(page(OFFICER, "/work/feedback/" + code)
                        .select("#report-files li[data-file=" + photo + "]")
                        .text())
                .contains("Đã ẩn: Ảnh lộ biển số xe");
    }

    @Test
    void theWorkspaceLinksTheFeedbackPagesByPrivilege() throws Exception {
        Document officer = page(OFFICER, "/work");
        assertThat(officer.select("#work-feedback a").attr("href")).isEqualTo("/work/feedback");
        assertThat(officer.select("#work-feedback-desk, #work-feedback-dashboard"))
                .isEmpty();
        Document leader = page(LEADER, "/work");
        assertThat(leader.select("#work-feedback-dashboard a").attr("href")).isEqualTo("/work/feedback/dashboard");
        Document desk = page(DESK, "/work");
        assertThat(desk.select("#work-feedback-desk a").attr("href")).isEqualTo("/work/feedback/desk");
    }

    @Test
    void theQueueFiltersByHandlerUnitAndSubmissionDate() throws Exception {
        String code = report("Đèn hỏng, thử bộ lọc");
        long officer2 = StaffPagesTesting.account(accounts, OFFICER2).id();
        long officer = StaffPagesTesting.account(accounts, OFFICER).id();
        StaffPagesTesting.run(accounts, OFFICER, () -> reports.acknowledge(code, officer2));
        String row = "#queue tr[data-code=" + code + "]";
        String base = "/work/feedback?q=" + code;

        assertThat(page(OFFICER, base + "&handler=" + officer2).select(row)).hasSize(1);
        assertThat(page(OFFICER, base + "&handler=" + officer).select(row)).isEmpty();
        assertThat(page(OFFICER2, base + "&handler=mine").select(row)).hasSize(1);
        long unit = StaffPagesTesting.hoanKiemUnit(org);
        assertThat(page(OFFICER, base + "&unit=" + unit).select(row)).hasSize(1);
        String today =
                java.time.LocalDate.now(vn.civic.platform.time.CivicTime.ZONE).toString();
        assertThat(page(OFFICER, base + "&from=" + today + "&to=" + today).select(row))
                .hasSize(1);
        assertThat(page(OFFICER, base + "&from=2099-01-01").select(row)).isEmpty();
        assertThat(page(OFFICER, base + "&status=ANSWERED").select(row)).isEmpty();
    }

    @Test
    void aBadDateInTheQueuesFilterIsMarked() throws Exception {
        Document queue = page(OFFICER, "/work/feedback?from=2026-13-45&to=2026-01-01");
        assertThat(queue.select("#from-error").text())
                .isEqualTo("Vui lòng nhập ngày theo dạng ngày/tháng/năm có thật.");
        assertThat(queue.select("#from").attr("aria-invalid")).isEqualTo("true");
    }

    private String hoanKiemName() {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();
    }
}
