package vn.civic.feedback.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.feedback.CommandBuilder;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.FeedbackTesting;
import vn.civic.feedback.ReportStatus;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The routing rules' page: the desk edits them through a Vietnamese form with marked fields; others only read. */
@CivicTest
class RoutingRulePageTest {

    static final String PATH = "/admin/feedback/routing";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCaches caches;

    @Autowired
    FeedbackReports feedback;

    RequestPostProcessor as(String username) {
        AccountView a = FeedbackTesting.account(accounts, username);
        String code = a.agencyId() == null
                ? null
                : org.findAgency(a.agencyId()).orElseThrow().code();
        return TestActors.as(
                new TestActors.TestActor(a.actorId(), a.fullName(), a.agencyId(), code),
                a.privileges().toArray(Privilege[]::new));
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    MockHttpServletRequestBuilder form(Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(PATH).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long rulesOf(String category) {
        return jdbc.sql("select count(*) from feedback_routing_rule where category_code = ?")
                .param(category)
                .query(Long.class)
                .single();
    }

    @Test
    void theDeskSeesTheRulesInOrderAndTheForm() throws Exception {
        Document page = page(get(PATH).with(as(FeedbackTesting.DESK)));

        assertThat(page.select("h1").text()).isEqualTo("Quy tắc chuyển phản ánh");
        assertThat(page.select("#rules tbody tr").eachText())
                .anyMatch(row -> row.contains("Đèn tín hiệu giao thông") && row.contains("Sở Xây dựng"))
                .anyMatch(row -> row.contains("Mọi lĩnh vực") && row.contains("UBND phường, xã nơi xảy ra sự việc"));
        assertThat(page.select("#rule-form select#categoryCode option")).hasSizeGreaterThan(10);
        assertThat(page.select("#rule-form label[for=priority]").text()).isEqualTo("Thứ tự ưu tiên");
    }

    @Test
    void aRefusedRuleComesBackWithItsFieldsMarkedInVietnameseAndNothingStored() throws Exception {
        String category = FeedbackTesting.category(jdbc, caches, true, null);
        Document page = page(form(Map.of(
                        "categoryCode", category,
                        "adminUnitId", "999999",
                        "target", "AGENCY",
                        "agencyId", "",
                        "priority", "0"))
                .with(as(FeedbackTesting.DESK)));

        assertThat(page.select("#form-errors").text()).contains("Quy tắc chuyển xử lý chưa hợp lệ");
        assertThat(page.select("#agencyId-error").text()).isEqualTo("Vui lòng chọn cơ quan xử lý đang hoạt động.");
        assertThat(page.select("#priority-error").text()).isEqualTo("Thứ tự ưu tiên là một số từ 1 đến 1.000.");
        assertThat(page.select("#adminUnitId-error").text()).isEqualTo("Phường/xã đã chọn không tồn tại.");
        assertThat(page.select("#priority").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#categoryCode option[selected]").val()).isEqualTo(category);
        assertThat(rulesOf(category)).isZero();

        Document letters = page(form(Map.of("categoryCode", category, "target", "WARD_OF_POINT", "priority", "abc"))
                .with(as(FeedbackTesting.DESK)));
        assertThat(letters.select("#priority-error").text()).isNotBlank();
        assertThat(rulesOf(category)).isZero();
    }

    @Test
    void theDeskAddsARuleThatRoutesTheNextReportAndRemovesIt() throws Exception {
        String category = FeedbackTesting.category(jdbc, caches, true, null);
        long justice = FeedbackTesting.agency(org, DemoAgencies.HANOI_JUSTICE).id();

        mvc.perform(form(Map.of(
                                "categoryCode", category,
                                "adminUnitId", "",
                                "target", "AGENCY",
                                "agencyId", String.valueOf(justice),
                                "priority", "5",
                                "note", "Thử nghiệm"))
                        .with(as(FeedbackTesting.DESK)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PATH));

        assertThat(rulesOf(category)).isEqualTo(1);
        String code = FeedbackTesting.anonymous(() -> feedback.submit(FeedbackTesting.command(
                        category,
                        FeedbackTesting.unit(org, "Phường Hoàn Kiếm"),
                        new double[] {21.03, 105.85},
                        List.of())))
                .code();
        assertThat(feedback.publicReport(code).orElseThrow().agencyId()).isEqualTo(justice);
        long id = jdbc.sql("select id from feedback_routing_rule where category_code = ?")
                .param(category)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'feedback.routing-rule.added'"
                                + " and object_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post(PATH + "/" + id + "/deletion").with(csrf()).with(as(FeedbackTesting.DESK)))
                .andExpect(status().is3xxRedirection());
        assertThat(rulesOf(category)).isZero();
        String next = FeedbackTesting.anonymous(() -> feedback.submit(CommandBuilder.report(category, "Cột đèn nghiêng")
                        .address("Số 1 phố Huế")
                        .build()))
                .code();
        assertThat(feedback.publicReport(next).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aWardClerkOnlyReadsTheRulesAndCitizensAndOfficersAreRefused() throws Exception {
        String category = FeedbackTesting.category(jdbc, caches, true, null);
        Document page = page(get(PATH).with(as(FeedbackTesting.CLERK)));
        assertThat(page.select("#rule-form")).isEmpty();
        assertThat(page.select("#read-only").text()).contains("Ủy ban nhân dân Thành phố Hà Nội");

        mvc.perform(form(Map.of("categoryCode", category, "target", "WARD_OF_POINT", "priority", "5"))
                        .with(as(FeedbackTesting.CLERK)))
                .andExpect(status().isForbidden());
        assertThat(rulesOf(category)).isZero();
        mvc.perform(get(PATH).with(as(FeedbackTesting.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(as(FeedbackTesting.CITIZEN))).andExpect(status().isForbidden());
    }
}
