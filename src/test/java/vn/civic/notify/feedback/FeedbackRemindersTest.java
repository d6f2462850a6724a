package vn.civic.notify.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.FeedbackTesting;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;
import vn.civic.test.TestMail;

/**
 * Whoever must act on a feedback report is emailed once when its deadline nears and once when it has passed: the
 * agency's handlers while nobody is named, then the named handler alone.
 */
@CivicTest
class FeedbackRemindersTest {

    @Autowired
    FeedbackReports feedback;

    @Autowired
    FeedbackDeadlineReminders reminders;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCaches caches;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CivicTime.ZONE);
    }

    List<MimeMessage> about(String address, String code) {
        return TestMail.to(address).stream()
                .filter(m -> TestMail.subject(m).contains(code))
                .toList();
    }

    void remindAndDeliver() {
        reminders.remind();
        reminders.remind();
        dispatcher.dispatchDue();
    }

    void await(String address, String code, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (about(address, code).size() < count && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(about(address, code)).hasSize(count);
    }

    @Test
    void theAgencysHandlersAreRemindedOfTheAcknowledgementThenTheNamedHandlerOfTheResolution() {
        String category = FeedbackTesting.category(jdbc, caches, true, 5);
        long ward = FeedbackTesting.unit(org, "Phường Hoàn Kiếm");
        AccountView officer = FeedbackTesting.account(accounts, FeedbackTesting.OFFICER);
        AccountView officer2 = FeedbackTesting.account(accounts, FeedbackTesting.OFFICER2);
        AccountView wardAdmin = FeedbackTesting.account(accounts, FeedbackTesting.WARD_ADMIN);
        clock.travelTo(at("2026-04-03T16:00")); // a Friday; acknowledgement due Monday 16:00
        String code = FeedbackTesting.anonymous(() -> feedback.submit(
                        FeedbackTesting.command(category, ward, FeedbackTesting.pointInHoanKiem(), List.of())))
                .code();

        remindAndDeliver();
        assertThat(about(officer.email(), code)).isEmpty();

        clock.travelTo(at("2026-04-06T13:00")); // three working hours left: due soon
        remindAndDeliver();
        await(officer.email(), code, 1);
        await(officer2.email(), code, 1);
        assertThat(TestMail.subject(about(officer.email(), code).getFirst())).contains("sắp đến hạn xử lý");
        assertThat(TestMail.body(about(officer.email(), code).getFirst()))
                .contains("16:00 06/04/2026")
                .contains("/work/feedback/" + code);
        assertThat(about(wardAdmin.email(), code)).isEmpty();

        clock.travelTo(at("2026-04-06T16:30"));
        remindAndDeliver();
        await(officer.email(), code, 2);
        assertThat(TestMail.subject(about(officer.email(), code).getLast())).contains("đã quá hạn xử lý");

        FeedbackTesting.run(accounts, org, FeedbackTesting.OFFICER, () -> feedback.acknowledge(code, null));
        clock.travelTo(at("2026-04-10T14:00")); // resolution due Friday 16:00: due soon, for the handler alone
        remindAndDeliver();
        await(officer.email(), code, 3);
        dispatcher.dispatchDue();
        assertThat(about(officer.email(), code))
                .extracting(TestMail::body)
                .anyMatch(body -> body.contains("16:00 10/04/2026"));
        // (an email may arrive twice if a delivery is retried; what matters is who hears of which deadline)
        assertThat(about(officer2.email(), code))
                .extracting(TestMail::body)
                .noneMatch(body -> body.contains("10/04/2026"))
                .anyMatch(body -> body.contains("quá hạn"));
    }
}
