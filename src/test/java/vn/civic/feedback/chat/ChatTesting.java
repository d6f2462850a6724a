package vn.civic.feedback.chat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;

/**
 * What the chat channel's tests share: Zalo-shaped events signed with the test application's secret key
 * (application-test.properties), a fresh chat user per test, the sandbox's record of the account's replies.
 */
final class ChatTesting {

    static final String APP_ID = "test-zalo-app";
    static final String SECRET = "test-oa-secret-key";
    static final String OA_ID = "test-oa";
    static final String WEBHOOK = "/api/feedback/chat/zalo";

    /** Hoàn Kiếm Lake, in Phường Hoàn Kiếm by the demo city's boundaries. */
    static final double LATITUDE = 21.0285;

    static final double LONGITUDE = 105.8542;

    private ChatTesting() {}

    /** A chat user nobody else uses (the shared test database keeps every conversation). */
    static String newUser() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    static String newMsgId() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }

    static String textEvent(String userId, String msgId, String text, long timestamp) {
        return """
                {"app_id":"%s","user_id_by_app":"app-%s","event_name":"user_send_text","timestamp":"%d",\
                "sender":{"id":"%s"},"recipient":{"id":"%s"},"message":{"msg_id":"%s","text":"%s"}}""".formatted(APP_ID, userId, timestamp, userId, OA_ID, msgId, escape(text));
    }

    static String imageEvent(String userId, String msgId, String url, long timestamp) {
        return """
                {"app_id":"%s","user_id_by_app":"app-%s","event_name":"user_send_image","timestamp":"%d",\
                "sender":{"id":"%s"},"recipient":{"id":"%s"},"message":{"msg_id":"%s","text":"",\
                "attachments":[{"type":"image","payload":{"thumbnail":"%s","url":"%s"}}]}}""".formatted(APP_ID, userId, timestamp, userId, OA_ID, msgId, url, url);
    }

    static String locationEvent(String userId, String msgId, double lat, double lon, long timestamp) {
        return """
                {"app_id":"%s","user_id_by_app":"app-%s","event_name":"user_send_location","timestamp":"%d",\
                "sender":{"id":"%s"},"recipient":{"id":"%s"},"message":{"msg_id":"%s","text":"",\
                "attachments":[{"type":"location","payload":{"coordinates":{"latitude":"%s","longitude":"%s"}}}]}}""".formatted(APP_ID, userId, timestamp, userId, OA_ID, msgId, lat, lon);
    }

    /** The signature Zalo would put on the body: mac=sha256(app id + body + timestamp + OA secret key). */
    static String signature(String body, long timestamp) {
        return "mac=" + ZaloWebhook.sign(APP_ID + body + timestamp + SECRET);
    }

    static ResultActions deliver(MockMvc mvc, String body, String signature) throws Exception {
        var request =
                post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(ZaloWebhook.SIGNATURE_HEADER, signature);
        }
        return mvc.perform(request);
    }

    /** A conversation of one chat user with the webhook, every event signed and timed by the application's clock. */
    static final class Chat {

        final String userId = newUser();
        private final MockMvc mvc;
        private final Clock clock;
        private final SandboxChatApp sandbox;
        private final OutboxDispatcher dispatcher;

        Chat(MockMvc mvc, Clock clock, SandboxChatApp sandbox, OutboxDispatcher dispatcher) {
            this.mvc = mvc;
            this.clock = clock;
            this.sandbox = sandbox;
            this.dispatcher = dispatcher;
        }

        /** Sends a text and returns the account's reply to it. */
        String say(String text) throws Exception {
            return send(textEvent(userId, newMsgId(), text, clock.millis()));
        }

        String shareLocation(double lat, double lon) throws Exception {
            return send(locationEvent(userId, newMsgId(), lat, lon, clock.millis()));
        }

        String sendImage(String url) throws Exception {
            return send(imageEvent(userId, newMsgId(), url, clock.millis()));
        }

        /** Delivers a signed event, expects 200 and returns the reply it brought (empty when none came). */
        String send(String body) throws Exception {
            int before = replies().size();
            long timestamp = Long.parseLong(body.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1"));
            deliver(mvc, body, signature(body, timestamp))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isOk());
            // the reply leaves through the outbox: delivered here, or by the dispatcher the commit woke
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<String> after = replies();
            while (after.size() <= before && System.nanoTime() < deadline) {
                dispatcher.dispatchDue();
                Thread.sleep(20);
                after = replies();
            }
            return after.size() > before ? after.getLast() : "";
        }

        /** What the account sent this user, oldest first. */
        List<String> replies() {
            return sandbox.sentTo(userId).stream()
                    .map(SandboxChatApp.Line::text)
                    .toList();
        }

        /** Waits (delivering the outbox) until the account sent a message that matches. */
        String awaitReply(Predicate<SandboxChatApp.Line> matches) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                dispatcher.dispatchDue();
                var found = sandbox.sentTo(userId).stream().filter(matches).findFirst();
                if (found.isPresent()) {
                    return found.get().text()
                            + (found.get().imageUrl() == null
                                    ? ""
                                    : "\n" + found.get().imageUrl());
                }
                Thread.sleep(100);
            }
            throw new AssertionError("No matching message to " + userId + "; sent: " + replies());
        }

        /** The report code the account named last. */
        String lastCode() {
            return replies().reversed().stream()
                    .flatMap(t -> java.util.regex.Pattern.compile("PA-\\d{4}-\\d{6}")
                            .matcher(t)
                            .results())
                    .map(java.util.regex.MatchResult::group)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Runs an action through the facades as a demo account with its own privileges. */
    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
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

    /** A small real PNG. */
    static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 24, 16);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
