package vn.civic.notify.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.document.Urgency;
import vn.civic.document.incoming.AssignCommand;
import vn.civic.document.incoming.IncomingHandling;
import vn.civic.document.incoming.RegisterCommand;
import vn.civic.document.incoming.Upload;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestClock;
import vn.civic.test.TestMail;

/** Handlers of incoming documents are emailed once before their deadline and once when it has passed. */
@CivicTest
class DocumentRemindersTest {

    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    IncomingHandling handling;

    @Autowired
    DocumentDeadlineReminders reminders;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TestClock clock;

    <T> T as(String username, Supplier<T> action) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(
                new TestActors.TestActor(a.actorId(), a.fullName(), a.agencyId(), null),
                a.privileges().toArray(Privilege[]::new)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    List<MimeMessage> about(String address, String symbol) {
        return TestMail.to(address).stream()
                .filter(m -> TestMail.subject(m).contains(symbol))
                .toList();
    }

    void awaitAbout(String address, String symbol, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (about(address, symbol).size() < count && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(about(address, symbol)).hasSize(count);
    }

    @Test
    void eachOpenHandlerIsEmailedOnceWhenTheDeadlineNearsAndOnceWhenItHasPassed() {
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        LocalDate deadline = calendar.addWorkingDays(today, 3);
        String symbol = ThreadLocalRandom.current().nextInt(100, 100_000) + "/KH-SXD";
        long id = as(
                "vanthu.hoankiem",
                () -> handling.register(
                        new RegisterCommand(
                                false,
                                Urgency.NORMAL,
                                today,
                                "Sở Xây dựng",
                                symbol,
                                today,
                                "KH",
                                "Kế hoạch chỉnh trang đô thị",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of()),
                        List.of(new Upload("ke-hoach.pdf", "application/pdf", PDF))));
        AccountView lead = accounts.findByUsername("chuyenvien.hoankiem").orElseThrow();
        AccountView coHandler = accounts.findByUsername("chuyenvien2.hoankiem").orElseThrow();
        AccountView information = accounts.findByUsername("vanthu.hoankiem").orElseThrow();
        as("lanhdao.hoankiem", () -> {
            handling.assign(
                    id,
                    null,
                    new AssignCommand(
                            "Triển khai", deadline, lead.id(), List.of(coHandler.id()), List.of(information.id())));
            return null;
        });

        // three working days ahead: nobody yet
        reminders.remind(today);
        dispatcher.dispatchDue();
        assertThat(about(lead.email(), symbol)).isEmpty();

        LocalDate dayBefore = deadline.minusDays(1);
        while (!calendar.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        reminders.remind(dayBefore);
        reminders.remind(deadline);
        awaitAbout(lead.email(), symbol, 1);
        awaitAbout(coHandler.email(), symbol, 1);
        assertThat(TestMail.subject(about(lead.email(), symbol).getFirst())).contains("sắp đến hạn xử lý");
        assertThat(TestMail.body(about(lead.email(), symbol).getFirst()))
                .contains(CivicTime.DATE.format(deadline))
                .contains("/work/documents/incoming/" + id);

        // the co-handler finishes: only the lead handler hears that the deadline passed
        as("chuyenvien2.hoankiem", () -> {
            handling.finishPart(id, null);
            return null;
        });
        reminders.remind(deadline.plusDays(1));
        reminders.remind(deadline.plusDays(2));
        awaitAbout(lead.email(), symbol, 2);
        assertThat(TestMail.subject(about(lead.email(), symbol).getLast())).contains("đã quá hạn xử lý");
        dispatcher.dispatchDue();
        assertThat(about(coHandler.email(), symbol)).hasSize(1);
        assertThat(about(information.email(), symbol)).isEmpty();
    }
}
