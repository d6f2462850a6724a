package vn.civic.feedback.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.feedback.CommandBuilder;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.StaffReport;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.test.CivicTest;

/**
 * The Zalo webhook (issue 6 item 8): a signed conversation files a report routed like one filed on the web, and what
 * is forged, replayed, malformed or fetched from elsewhere is refused with nothing stored.
 */
@CivicTest
class ZaloWebhookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    SandboxChatApp sandbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    FeedbackReports reports;

    @Autowired
    OrgDirectory org;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcTemplate jdbc;

    ChatTesting.Chat chat() {
        return new ChatTesting.Chat(mvc, clock, sandbox, dispatcher);
    }

    @Test
    void signedConversationFilesAReportRoutedLikeAWebOne() throws Exception {
        ChatTesting.Chat chat = chat();
        String description = "Đèn đường trước hồ Hoàn Kiếm không sáng " + System.nanoTime();

        assertThat(chat.say(description)).contains("Vấn đề thuộc lĩnh vực nào?").contains("Chiếu sáng công cộng");
        assertThat(chat.say("chiếu sáng"))
                .contains("Lĩnh vực: Chiếu sáng công cộng.")
                .contains("chia sẻ vị trí");
        assertThat(chat.shareLocation(ChatTesting.LATITUDE, ChatTesting.LONGITUDE))
                .contains("Đã ghi nhận vị trí")
                .contains("thuộc Phường Hoàn Kiếm")
                .contains("Hãy gửi ảnh");
        String url = sandbox.storeImage(ChatTesting.png(Color.DARK_GRAY));
        assertThat(chat.sendImage(url))
                .contains("Đã nhận ảnh (1/3).")
                .contains("Kiểm tra lại phản ánh của bạn")
                .contains(description)
                .contains("Nhắn \"Gửi\" để gửi phản ánh");
        String submitted = chat.say("Gửi");
        String code = chat.lastCode();
        assertThat(submitted).contains("Đã tiếp nhận phản ánh " + code).contains("/feedback/reports/" + code);

        PublicReport report = reports.publicReport(code).orElseThrow();
        assertThat(report.description()).isEqualTo(description);
        assertThat(report.categoryCode()).isEqualTo("street-lighting");
        assertThat(report.adminUnitName()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(report.photoIds()).hasSize(1);

        // the same report filed on the web, anonymously, with the ward the web form finds for the pin
        Long unit = org.unitContaining(ChatTesting.LATITUDE, ChatTesting.LONGITUDE)
                .orElseThrow()
                .id();
        String web = reports.submit(
                        CommandBuilder.report("street-lighting", "Đèn đường không sáng (web) " + System.nanoTime())
                                .at(ChatTesting.LATITUDE, ChatTesting.LONGITUDE)
                                .unit(unit)
                                .build())
                .code();
        PublicReport webReport = reports.publicReport(web).orElseThrow();
        assertThat(report.agencyId()).isEqualTo(webReport.agencyId());
        assertThat(report.agencyId())
                .isEqualTo(org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                        .orElseThrow()
                        .id());
        assertThat(report.status()).isEqualTo(webReport.status());

        StaffReport staff = ChatTesting.as(accounts, "chuyenvien.hoankiem", () -> reports.staffReport(code));
        assertThat(staff.channel()).isEqualTo(ReportChannel.CHAT);
        assertThat(staff.externalReference()).isEqualTo(chat.userId);
        assertThat(staff.contact().deviceId()).isEqualTo(chat.userId);
        // the draft is gone once sent
        assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                .isZero();
        assertThat(step(chat.userId)).isEqualTo("IDLE");
    }

    @Test
    void anAddressIsPlacedInItsWardAndACategoryCanBeChosenByNumber() throws Exception {
        ChatTesting.Chat chat = chat();
        String list = chat.say("Cây xanh gãy cành chắn lối đi trên phố " + System.nanoTime());
        int trees = number(list, "Cây xanh");
        assertThat(chat.say(String.valueOf(trees))).contains("Lĩnh vực: Cây xanh.");
        assertThat(chat.say("bỏ qua"))
                .as("a tree report needs a location: skipping is not an address")
                .startsWith("Phản ánh thuộc lĩnh vực này cần có vị trí.");
        assertThat(chat.say("20 Đinh Tiên Hoàng, Phường Hoàn Kiếm, Hà Nội"))
                .contains("20 Đinh Tiên Hoàng, Phường Hoàn Kiếm, Hà Nội, thuộc Phường Hoàn Kiếm")
                .contains("Hãy gửi ảnh");
        assertThat(chat.say("bỏ qua")).contains("Số ảnh: 0");
        chat.say("gui");
        PublicReport report = reports.publicReport(chat.lastCode()).orElseThrow();
        assertThat(report.categoryCode()).isEqualTo("trees");
        assertThat(report.address()).isEqualTo("20 Đinh Tiên Hoàng, Phường Hoàn Kiếm, Hà Nội");
        assertThat(report.agencyId())
                .isEqualTo(org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                        .orElseThrow()
                        .id());
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsStored() throws Exception {
        String user = ChatTesting.newUser();
        long now = clock.millis();
        String body = ChatTesting.textEvent(user, ChatTesting.newMsgId(), "Rác thải đổ trộm đầu ngõ 5 Hàng Bạc", now);

        ChatTesting.deliver(mvc, body, "mac=" + "0".repeat(64))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("feedback_chat_signature_invalid"));
        ChatTesting.deliver(mvc, body, null)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("feedback_chat_signature_invalid"));
        // signed with another secret key
        ChatTesting.deliver(mvc, body, "mac=" + ZaloWebhook.sign(ChatTesting.APP_ID + body + now + "another-key"))
                .andExpect(status().isUnauthorized());
        // the body altered after signing
        String signature = ChatTesting.signature(body, now);
        ChatTesting.deliver(mvc, body.replace("Hàng Bạc", "Hàng Bè"), signature).andExpect(status().isUnauthorized());
        // a real signature on an old event: a replay
        long old = now - 10 * 60 * 1000;
        String stale = ChatTesting.textEvent(user, ChatTesting.newMsgId(), "Rác thải đổ trộm đầu ngõ 5 Hàng Bạc", old);
        ChatTesting.deliver(mvc, stale, ChatTesting.signature(stale, old))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("feedback_chat_event_stale"));

        assertThat(count("select count(*) from feedback_chat_conversation where user_id = ?", user))
                .isZero();
        assertThat(count("select count(*) from outbox_message where reference = ?", "chat:" + user))
                .isZero();
        assertThat(count("select count(*) from audit_entry where action = 'feedback.chat.webhook-refused'"
                        + " and outcome = 'DENIED'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void anEventForAnotherAccountIsRefused() throws Exception {
        String user = ChatTesting.newUser();
        long now = clock.millis();
        String body = ChatTesting.textEvent(user, ChatTesting.newMsgId(), "Đèn đường hỏng ở phố Hàng Bài", now)
                .replace("\"recipient\":{\"id\":\"" + ChatTesting.OA_ID + "\"}", "\"recipient\":{\"id\":\"other-oa\"}");
        ChatTesting.deliver(mvc, body, ChatTesting.signature(body, now))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("feedback_chat_account_unknown"));
        assertThat(count("select count(*) from feedback_chat_conversation where user_id = ?", user))
                .isZero();
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() throws Exception {
        ChatTesting.deliver(mvc, "not json at all", "mac=00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("feedback_chat_event_malformed"));
        ChatTesting.deliver(mvc, "{\"event_name\":\"user_send_text\"}", "mac=00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("feedback_chat_event_malformed"));
        String huge = "{\"timestamp\":\"1\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}";
        ChatTesting.deliver(mvc, huge, "mac=00")
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.code").value("feedback_chat_event_too_large"));
    }

    @Test
    void aReplayedMessageIdFilesNoSecondReport() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Ổ gà lớn giữa đường trước số 8 Tràng Tiền " + System.nanoTime());
        chat.say("ổ gà");
        chat.shareLocation(ChatTesting.LATITUDE, ChatTesting.LONGITUDE);
        chat.say("không");
        long now = clock.millis();
        String send = ChatTesting.textEvent(chat.userId, ChatTesting.newMsgId(), "Gửi", now);
        String signature = ChatTesting.signature(send, now);

        ChatTesting.deliver(mvc, send, signature).andExpect(status().isOk());
        ChatTesting.deliver(mvc, send, signature).andExpect(status().isOk());
        // the confirmation leaves through the outbox, here or by the scheduled dispatcher that may hold it just now
        chat.awaitReply(line -> line.text().contains("Đã tiếp nhận phản ánh"));

        assertThat(count("select count(*) from feedback_chat_report where user_id = ?", chat.userId))
                .isEqualTo(1);
        assertThat(chat.replies().stream().filter(r -> r.contains("Đã tiếp nhận phản ánh")))
                .hasSize(1);
        // the next message starts afresh: the replay did not reopen the draft
        assertThat(step(chat.userId)).isEqualTo("IDLE");
    }

    @Test
    void anImageFromAnAddressOutsideTheChatAppsCdnIsRefusedUnfetched() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] png = ChatTesting.png(Color.RED);
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        try {
            ChatTesting.Chat chat = chat();
            chat.say("Nước thải tràn ra đường trước chợ Hàng Da " + System.nanoTime());
            String inside = "http://127.0.0.1:" + server.getAddress().getPort() + "/photo.png";
            assertThat(chat.sendImage(inside)).contains("Không tải được ảnh này");
            assertThat(chat.sendImage("http://169.254.169.254/latest/meta-data/iam"))
                    .contains("Không tải được ảnh này");
            assertThat(chat.sendImage("https://evil.example.com@f1.zdn.vn.evil.example/x.jpg"))
                    .contains("Không tải được ảnh này");
            assertThat(hits).hasValue(0);
            assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                    .isZero();
            assertThat(count(
                            "select count(*) from audit_entry where action = 'feedback.chat.image-refused'"
                                    + " and object_id = ? and outcome = 'DENIED'",
                            chat.userId))
                    .isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFileThatIsNotAnImageIsNotKept() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Biển báo giao thông bị đổ ở ngã tư " + System.nanoTime());
        String url = sandbox.storeImage("GIF89a not really an image at all".getBytes());
        assertThat(chat.sendImage(url)).contains("không phải ảnh JPEG, PNG hoặc WebP");
        assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                .isZero();
    }

    @Test
    void cancellingDropsTheDraft() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Vỉa hè bị lấn chiếm làm chỗ để xe máy " + System.nanoTime());
        chat.sendImage(sandbox.storeImage(ChatTesting.png(Color.BLUE)));
        assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                .isEqualTo(1);
        assertThat(chat.say("Hủy")).contains("Đã hủy phản ánh đang soạn");
        assertThat(step(chat.userId)).isEqualTo("IDLE");
        assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                .isZero();
        assertThat(chat.say("huy")).contains("không có phản ánh nào đang soạn");
    }

    @Test
    void aReportCodeGivesItsStatus() throws Exception {
        ChatTesting.Chat chat = chat();
        assertThat(chat.say("PA-1999-000001")).contains("Không tìm thấy phản ánh PA-1999-000001");
        String web = reports.submit(CommandBuilder.report("waste", "Rác thải tồn đọng " + System.nanoTime())
                        .at(ChatTesting.LATITUDE, ChatTesting.LONGITUDE)
                        .build())
                .code();
        assertThat(chat.say(web.toLowerCase())).contains("Phản ánh " + web).contains("/feedback/reports/" + web);
    }

    @Test
    void aPhotoTheFeedbackModuleRefusesIsDroppedAndTheDraftKept() throws Exception {
        ChatTesting.Chat chat = chat();
        chat.say("Cây xanh nghiêng sắp đổ trước trường học " + System.nanoTime());
        chat.say("cây xanh");
        chat.shareLocation(ChatTesting.LATITUDE, ChatTesting.LONGITUDE);
        // a PNG by its first bytes only: the feedback module decodes photos and refuses this one
        byte[] broken = java.util.Arrays.copyOf(ChatTesting.png(Color.GREEN), 40);
        assertThat(chat.sendImage(sandbox.storeImage(broken))).contains("Đã nhận ảnh (1/3).");

        String refused = chat.say("Gửi");
        assertThat(refused).startsWith("Chưa gửi được phản ánh:").contains("Hãy gửi ảnh");
        assertThat(count("select count(*) from feedback_chat_report where user_id = ?", chat.userId))
                .isZero();
        assertThat(count("select count(*) from feedback_chat_photo where user_id = ?", chat.userId))
                .isZero();
        assertThat(step(chat.userId)).isEqualTo("PHOTO");

        assertThat(chat.say("bỏ qua")).contains("Số ảnh: 0");
        chat.say("Gửi");
        PublicReport report = reports.publicReport(chat.lastCode()).orElseThrow();
        assertThat(report.categoryCode()).isEqualTo("trees");
        assertThat(report.photoIds()).isEmpty();
    }

    @Test
    void aSecondReportNearbyIsOfferedTheFirstBeforeSending() throws Exception {
        java.util.Random random = new java.util.Random();
        double lat = 21.0300 + random.nextDouble() * 0.001;
        double lon = 105.8520 + random.nextDouble() * 0.001;
        ChatTesting.Chat first = chat();
        first.say("Đèn đường tắt cả dãy phố từ tối qua " + System.nanoTime());
        first.say("chiếu sáng");
        first.shareLocation(lat, lon);
        first.say("bỏ qua");
        first.say("Gửi");
        String code = first.lastCode();

        ChatTesting.Chat second = chat();
        second.say("Đèn đường không sáng ở đoạn này " + System.nanoTime());
        second.say("chiếu sáng");
        second.shareLocation(lat, lon);
        assertThat(second.say("bỏ qua"))
                .contains("Gần đó đã có phản ánh tương tự đang được xử lý")
                .contains(code)
                .contains("/feedback/reports/" + code);
    }

    @Test
    void aNewFollowerIsWelcomed() throws Exception {
        ChatTesting.Chat chat = chat();
        long now = clock.millis();
        String follow = "{\"app_id\":\"" + ChatTesting.APP_ID + "\",\"oa_id\":\"" + ChatTesting.OA_ID
                + "\",\"user_id_by_app\":\"x\",\"event_name\":\"follow\",\"timestamp\":\"" + now
                + "\",\"source\":\"oa_profile\",\"follower\":{\"id\":\"" + chat.userId + "\"}}";
        assertThat(chat.send(follow)).startsWith("Xin chào! Đây là kênh tiếp nhận phản ánh");
        assertThat(chat.say("Xin chào")).startsWith("Xin chào! Đây là kênh tiếp nhận phản ánh");
        assertThat(step(chat.userId)).isEqualTo("IDLE");
    }

    static int number(String list, String name) {
        for (String line : list.split("\n")) {
            if (line.endsWith(". " + name)) {
                return Integer.parseInt(line.substring(0, line.indexOf('.')));
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    String step(String userId) {
        return jdbc.queryForObject(
                "select step from feedback_chat_conversation where user_id = ?", String.class, userId);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
