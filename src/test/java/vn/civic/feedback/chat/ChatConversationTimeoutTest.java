package vn.civic.feedback.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/** A draft left alone longer than the conversation timeout (30 minutes) is abandoned, its photos dropped. */
@CivicTest
class ChatConversationTimeoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    SandboxChatApp sandbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    ChatCleanup cleanup;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        ((TestClock) clock).reset();
    }

    ChatTesting.Chat chat() {
        return new ChatTesting.Chat(mvc, clock, sandbox, dispatcher);
    }

    @Test
    void aMessageAfterTheTimeoutStartsAfresh() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Đường ống nước bị vỡ trước nhà số 3 " + System.nanoTime());
        chat.sendImage(sandbox.storeImage(ChatTesting.png(Color.CYAN)));

        travel(31);
        String second = "Cây đổ chắn ngang phố Lý Thái Tổ " + System.nanoTime();
        String reply = chat.say(second);

        assertThat(reply)
                .startsWith("Phản ánh đang soạn đã bị hủy vì quá 30 phút không có tin nhắn.")
                .contains("Vấn đề thuộc lĩnh vực nào?");
        assertThat(jdbc.queryForObject(
                        "select description from feedback_chat_conversation where user_id = ?",
                        String.class,
                        chat.userId))
                .isEqualTo(second);
        assertThat(photos(chat.userId)).isZero();
    }

    @Test
    void aMessageWithinTheTimeoutKeepsTheDraft() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Đường ống nước bị vỡ trước nhà số 5 " + System.nanoTime());
        travel(29);
        assertThat(chat.say("nước sạch")).doesNotContain("đã bị hủy").contains("Lĩnh vực: Cấp nước sạch.");
    }

    @Test
    void theCleanUpAbandonsIdleDraftsAndTellsTheirUsers() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Ổ gà sâu giữa phố Hàng Khay " + System.nanoTime());
        chat.sendImage(sandbox.storeImage(ChatTesting.png(Color.MAGENTA)));
        assertThat(photos(chat.userId)).isEqualTo(1);

        travel(20);
        cleanup.cleanUp();
        assertThat(step(chat.userId)).as("not idle long enough").isNotEqualTo("IDLE");

        travel(45);
        assertThat(cleanup.cleanUp()).isPositive();
        assertThat(step(chat.userId)).isEqualTo("IDLE");
        assertThat(photos(chat.userId)).isZero();
        assertThat(chat.awaitReply(line -> line.text().contains("đã bị hủy vì quá 30 phút")))
                .startsWith("Phản ánh đang soạn đã bị hủy");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'feedback.chat.draft-expired'"
                                + " and object_id = ?",
                        Integer.class,
                        chat.userId))
                .isEqualTo(1);
        // run again: nothing more to tell
        cleanup.cleanUp();
        dispatcher.dispatchDue();
        assertThat(chat.replies().stream().filter(r -> r.contains("đã bị hủy"))).hasSize(1);
    }

    void travel(int minutes) {
        ((TestClock) clock).travelTo(ZonedDateTime.now(CivicTime.ZONE).plusMinutes(minutes));
    }

    String step(String userId) {
        return jdbc.queryForObject(
                "select step from feedback_chat_conversation where user_id = ?", String.class, userId);
    }

    int photos(String userId) {
        return jdbc.queryForObject("select count(*) from feedback_chat_photo where user_id = ?", Integer.class, userId);
    }
}
