package vn.civic.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.platform.outbox.OutboxMessage;
import vn.civic.platform.outbox.OutboxStatus;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The notifications' admin page: the outbox log with its retry, the sandbox messages, for system administrators. */
@CivicTest
class NotificationAdminPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    static final TestActors.TestActor ADMIN = TestActors.staff(1, "000.00.00.H26");

    /** An email to an address no server accepts: undeliverable, kept as failed at once. */
    OutboxEntry failedEmail(String reference) {
        String key = "notify:email:test:" + UUID.randomUUID();
        transactions.execute(tx -> outbox.enqueue(new OutboxMessage(
                "notify.email", key, reference, "{\"to\":\"not an address\",\"subject\":\"Thử\",\"body\":\"Thử\"}")));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        OutboxEntry entry =
                outbox.list(List.of("notify.email"), reference, null, 0, 1).getFirst();
        while (entry.status() != OutboxStatus.FAILED && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            entry = outbox.list(List.of("notify.email"), reference, null, 0, 1).getFirst();
        }
        assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
        return entry;
    }

    @Test
    void systemAdministratorSeesAFailedNotificationAndRetriesIt() throws Exception {
        String reference = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        OutboxEntry failed = failedEmail(reference);
        assertThat(failed.lastError()).contains("Bad address");

        mvc.perform(get("/admin/notifications")
                        .param("reference", reference)
                        .with(TestActors.as(ADMIN, Privilege.NOTIFICATION_MANAGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gửi thất bại")))
                .andExpect(content().string(containsString("Bad address")))
                .andExpect(content().string(containsString("/admin/notifications/" + failed.id() + "/retry")))
                .andExpect(content().string(containsString("Tin nhắn SMS/OTT thử nghiệm")));

        mvc.perform(post("/admin/notifications/" + failed.id() + "/retry")
                        .with(csrf())
                        .with(TestActors.as(ADMIN, Privilege.NOTIFICATION_MANAGE)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/notifications"));
        OutboxEntry retried = outbox.find(failed.id()).orElseThrow();
        assertThat(retried.status()).isIn(OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED);
        assertThat(retried.updatedAt()).isAfter(failed.updatedAt());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'outbox.retried' and object_id = ?",
                        Long.class,
                        String.valueOf(failed.id())))
                .isEqualTo(1);
    }

    @Test
    void onlyTheNotificationPrivilegeOpensThePageAndTheRetry() throws Exception {
        var admin = TestActors.staff(1, "000.00.00.H26");
        mvc.perform(get("/admin/notifications")
                        .with(TestActors.as(
                                admin, Privilege.ADMIN_ACCESS, Privilege.AUDIT_VIEW, Privilege.STAFF_MANAGE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/1/retry")
                        .with(csrf())
                        .with(TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.PORTAL_SYNC_MANAGE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.NOTIFICATION_MANAGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/notifications")));
    }
}
