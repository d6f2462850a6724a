package vn.civic.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.FeedbackTesting;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.TestImages;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.test.CivicTest;

/** An answered report closes by itself when its reopen window passes without a rating, once. */
@CivicTest
class ReportClosingTest {

    @Autowired
    FeedbackReports feedback;

    @Autowired
    ReportClosing closing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCaches caches;

    @Autowired
    Reports reports;

    @Test
    void anAnsweredReportClosesWhenTheReopenWindowHasPassed() {
        String category = FeedbackTesting.category(jdbc, caches, true, null);
        long ward = FeedbackTesting.unit(org, "Phường Hoàn Kiếm");
        String code = FeedbackTesting.as(
                        accounts,
                        org,
                        FeedbackTesting.CITIZEN,
                        () -> feedback.submit(
                                FeedbackTesting.command(category, ward, new double[] {21.03, 105.85}, List.of())))
                .code();
        FeedbackTesting.run(
                accounts,
                org,
                FeedbackTesting.OFFICER,
                () -> feedback.answer(
                        code,
                        new AnswerCommand(
                                "Đã xử lý", List.of(new PhotoUpload("a.png", "image/png", TestImages.png(8, 8))))));

        // the report's history moved back rather than the clock forward, so that no other report closes meanwhile
        long id = reports.find(code).orElseThrow().id;
        reports.shiftBack(id, Duration.ofDays(6));
        closing.closeExpired();
        assertThat(feedback.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ANSWERED);

        reports.shiftBack(id, Duration.ofDays(2));
        closing.closeExpired();
        closing.closeExpired();
        assertThat(feedback.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(feedback.updatesOf(code))
                .extracting(u -> u.statusAfter())
                .containsExactly(ReportStatus.ROUTED, ReportStatus.ANSWERED, ReportStatus.CLOSED);
    }
}
