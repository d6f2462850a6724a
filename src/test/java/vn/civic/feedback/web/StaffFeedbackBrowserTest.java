package vn.civic.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.web.StaffPagesTesting.OFFICER;
import static vn.civic.feedback.web.StaffPagesTesting.png;
import static vn.civic.feedback.web.StaffPagesTesting.unique;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.ReportStatus;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.TestClock;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Issue 6's journey as the ward's staff live it in Chromium: the officer of Phường Hoàn Kiếm finds the citizen's
 * street-light report routed to the ward in the queue, acknowledges it, and answers it with a photo of the repair; and
 * a report nobody acknowledged in time shows as overdue, in words, in the queue.
 */
@BrowserTest
class StaffFeedbackBrowserTest {

    static final String PASSWORD = "Civic@2026";

    @Autowired
    FeedbackReports reports;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    TestClock clock;

    @Test
    void theWardsOfficerAcknowledgesAndAnswersTheStreetLightReportWithAPhoto(CivicBrowser browser, @TempDir Path dir)
            throws Exception {
        String description = unique("Đèn đường số 7 phố Lê Thái Tổ không sáng");
        String code = StaffPagesTesting.streetLight(reports, accounts, org, description);
        Path photo = Files.write(dir.resolve("den-da-sua.png"), png(Color.YELLOW));

        browser.signIn(OFFICER, PASSWORD);
        browser.open("/work?lang=vi");
        browser.click(browser.find("#work-feedback a"));
        assertThat(browser.currentPath()).isEqualTo("/work/feedback");
        browser.find("#q").sendKeys(code);
        browser.click(browser.find("#filter-submit"));
        String row = "#queue tr[data-code='" + code + "']";
        assertThat(browser.text(row)).contains("Chiếu sáng công cộng").contains("Đã chuyển đơn vị xử lý");
        browser.assertAccessible();

        browser.click(browser.find(row + " a"));
        assertThat(browser.text("#report-code")).isEqualTo(code);
        assertThat(browser.text("#report-description")).isEqualTo(description);
        assertThat(browser.text("#contact-phone")).isEqualTo("0912345678");
        browser.assertAccessible();
        new Select(browser.find("#acknowledge-handler"))
                .selectByVisibleText(
                        StaffPagesTesting.account(accounts, OFFICER).fullName());
        browser.click(browser.find("#acknowledge"));
        assertThat(browser.text("#notice")).isEqualTo("Đã tiếp nhận phản ánh và phân công người xử lý.");
        assertThat(browser.text("#report-status")).isEqualTo("Đang xử lý");
        assertThat(browser.text("#report-handler"))
                .isEqualTo(StaffPagesTesting.account(accounts, OFFICER).fullName());

        browser.find("#answer-text-input").sendKeys("Đã thay bóng đèn LED mới, đèn sáng bình thường từ tối nay.");
        browser.find("#answer-evidence").sendKeys(photo.toString());
        browser.click(browser.find("#send-answer"));
        assertThat(browser.text("#notice")).isEqualTo("Đã trả lời và công khai câu trả lời.");
        assertThat(browser.text("#report-status")).isEqualTo("Đã trả lời");
        assertThat(browser.text("#answer-text"))
                .isEqualTo("Đã thay bóng đèn LED mới, đèn sáng bình thường từ tối nay.");
        assertThat(browser.findAll("#report-files li img")).hasSizeGreaterThanOrEqualTo(2);
        browser.assertAccessible();

        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ANSWERED);
        assertThat(reports.publicReport(code).orElseThrow().answer().evidencePhotoIds())
                .hasSize(1);
    }

    @Test
    void aReportNotAcknowledgedInTimeShowsAsOverdueInTheQueue(CivicBrowser browser) {
        String code;
        try {
            clock.travelTo(ZonedDateTime.of(2023, 6, 5, 9, 0, 0, 0, CivicTime.ZONE)); // a Monday
            code = StaffPagesTesting.streetLight(reports, accounts, org, unique("Đèn tắt từ lâu, chưa ai xử lý"));
        } finally {
            clock.reset();
        }

        browser.signIn(OFFICER, PASSWORD);
        browser.open("/work/feedback?lang=vi&flag=OVERDUE&q=" + code);
        String row = "#queue tr[data-code='" + code + "']";
        assertThat(browser.find(row).getAttribute("data-flag")).isEqualTo("OVERDUE");
        assertThat(browser.text(row + " td.time-left")).startsWith("Quá hạn");
        assertThat(browser.text("#overdue-count")).contains("quá hạn");
        browser.assertAccessible();
    }
}
