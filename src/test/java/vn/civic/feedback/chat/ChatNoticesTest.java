package vn.civic.feedback.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.ReportStatus;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.test.CivicTest;

/**
 * What becomes of a report filed in a conversation goes back to that conversation: the agency's acknowledgement, the
 * routing desk's routing and the published answer with its evidence photo and public link, through the sandbox
 * adapter and, for the same outbox message, through the Zalo OA adapter against a server playing Zalo.
 */
@CivicTest
class ChatNoticesTest {

    static final String OFFICER = "chuyenvien.hoankiem";
    /** Administrator of the city's People's Committee: the routing desk in the demo city. */
    static final String DESK = "quantri.hanoi";

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    SandboxChatApp sandbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    ChatReplies replies;

    @Autowired
    FeedbackReports reports;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JsonMapper json;

    ChatTesting.Chat chat() {
        return new ChatTesting.Chat(mvc, clock, sandbox, dispatcher);
    }

    /** Files a street-light report in Phường Hoàn Kiếm through the conversation and returns its code. */
    String fileStreetLight(ChatTesting.Chat chat) throws Exception {
        chat.say("Cột đèn số 12 trên phố Đinh Tiên Hoàng không sáng " + System.nanoTime());
        chat.say("đèn đường");
        chat.shareLocation(ChatTesting.LATITUDE, ChatTesting.LONGITUDE);
        chat.say("bỏ qua");
        chat.say("Gửi");
        return chat.lastCode();
    }

    @Test
    void theAgencysAcknowledgementAndAnswerReachTheConversation() throws Exception {
        ChatTesting.Chat chat = chat();
        String code = fileStreetLight(chat);
        String agency =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();

        ChatTesting.as(accounts, OFFICER, () -> {
            reports.acknowledge(code, null);
            return null;
        });
        assertThat(chat.awaitReply(line -> line.text().contains("đã tiếp nhận và đang xử lý")))
                .contains("Phản ánh " + code + ": " + agency + " đã tiếp nhận và đang xử lý phản ánh.")
                .contains("/feedback/reports/" + code);

        String answer = "Đã thay bóng đèn cột số 12 lúc 15 giờ " + System.nanoTime();
        byte[] evidence = ChatTesting.png(Color.ORANGE);
        ChatTesting.as(accounts, OFFICER, () -> {
            reports.answer(
                    code, new AnswerCommand(answer, List.of(new PhotoUpload("da-sua.png", "image/png", evidence))));
            return null;
        });
        PublicReport published = reports.publicReport(code).orElseThrow();
        assertThat(published.status()).isEqualTo(ReportStatus.ANSWERED);
        long photoId = published.answer().evidencePhotoIds().getFirst();
        String told = chat.awaitReply(line -> line.text().contains(answer));
        assertThat(told)
                .contains("Phản ánh " + code + " đã được " + agency + " trả lời:")
                .contains("/feedback/reports/" + code)
                .endsWith("/feedback/reports/" + code + "/files/" + photoId);

        // the same outbox message through the Zalo OA adapter, to a server playing Zalo
        OutboxEntry entry =
                outbox.list(List.of(ChatConversations.OUTBOX_CHANNEL), "chat:" + chat.userId, null, 0, 50).stream()
                        .filter(e -> e.key().startsWith("feedback:chat:answered:" + code))
                        .findFirst()
                        .orElseThrow();
        try (FakeZalo zalo = new FakeZalo()) {
            ZaloOaChatApp app = new ZaloOaChatApp(
                    new ChatProperties.Zalo(
                            java.net.URI.create(zalo.base()), "oa-token", Duration.ofSeconds(3), List.of()),
                    Duration.ofSeconds(3),
                    json);
            replies.deliver(
                    new OutboxDelivery(entry.id(), entry.channel(), entry.key(), entry.reference(), entry.payload(), 1),
                    app);
            assertThat(zalo.received()).hasSize(1);
            assertThat(zalo.received().getFirst().accessToken()).isEqualTo("oa-token");
            JsonNode sent = json.readTree(zalo.received().getFirst().body());
            assertThat(sent.path("recipient").path("user_id").asString()).isEqualTo(chat.userId);
            assertThat(sent.path("message").path("text").asString())
                    .contains(answer)
                    .contains(code);
            assertThat(sent.path("message")
                            .path("attachment")
                            .path("payload")
                            .path("elements")
                            .get(0)
                            .path("url")
                            .asString())
                    .endsWith("/feedback/reports/" + code + "/files/" + photoId);
        }
        // told once per fact: the answer once, the acknowledgement once
        dispatcher.dispatchDue();
        assertThat(chat.replies().stream().filter(r -> r.contains(answer))).hasSize(1);
        assertThat(chat.replies().stream().filter(r -> r.contains("đã tiếp nhận và đang xử lý")))
                .hasSize(1);
    }

    @Test
    void aReportTheRoutingDeskRoutesIsToldWhereItWent() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Rác thải xây dựng đổ trộm bên vệ đường " + System.nanoTime());
        chat.say("rác");
        // an address naming no ward: the report waits at the routing desk
        chat.say("Gần cổng khu tập thể số 7");
        chat.say("bỏ qua");
        chat.say("Gửi");
        String code = chat.lastCode();
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);

        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        ChatTesting.as(accounts, DESK, () -> {
            reports.route(code, hoanKiem, "Địa bàn phường Hoàn Kiếm");
            return null;
        });
        String agency =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();
        assertThat(chat.awaitReply(line -> line.text().contains("đã được chuyển đến")))
                .contains("Phản ánh " + code + ": Phản ánh đã được chuyển đến " + agency + " xử lý.");
    }
}
