package vn.civic.feedback.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CivicException;

/**
 * Events of a Zalo Official Account's webhook. Zalo signs each event: the header {@code X-ZEvent-Signature} is
 * {@code mac=} followed by the hex SHA-256 of the application id, the body exactly as sent, the event's
 * {@code timestamp} and the OA's secret key. An event is taken only when that signature matches (compared in constant
 * time), its timestamp lies within {@code civic.feedback.chat.timestamp-window} of the clock, and it is addressed to
 * this official account; each refusal is audited. An event that passes reaches {@link ChatConversations}, which
 * ignores a message id it has seen.
 */
@Service
public class ZaloWebhook {

    public static final String SIGNATURE_HEADER = "X-ZEvent-Signature";

    private final ChatProperties properties;
    private final ChatConversations conversations;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ZaloWebhook(
            ChatProperties properties, ChatConversations conversations, JsonMapper json, AuditLog audit, Clock clock) {
        this.properties = properties;
        this.conversations = conversations;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest body {@link #receive} takes. */
    public long maxBodyBytes() {
        return properties.maxBodySize().toBytes();
    }

    /** The refusal of a body announced larger than {@link #maxBodyBytes()}, audited; the body is not read. */
    public CivicException tooLarge(long announced) {
        return refuse(ChatError.EVENT_TOO_LARGE, announced + " bytes announced");
    }

    /**
     * Verifies and handles one event.
     *
     * @param body the request body as received, at most {@link #maxBodyBytes()} (longer ones are refused unread)
     * @throws CivicException a {@link ChatError} when the event is refused; nothing is stored then
     */
    public void receive(String signature, byte[] body) {
        if (!properties.webhookConfigured()) {
            throw refuse(ChatError.NOT_CONFIGURED, "no secret key or application id configured");
        }
        if (body.length > maxBodyBytes()) {
            throw refuse(ChatError.EVENT_TOO_LARGE, body.length + " bytes");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode event;
        try {
            event = json.readTree(text);
        } catch (JacksonException e) {
            throw refuse(ChatError.EVENT_MALFORMED, "not JSON");
        }
        String timestamp = value(event.path("timestamp"));
        if (!event.isObject() || timestamp == null || !timestamp.matches("\\d{1,15}")) {
            throw refuse(ChatError.EVENT_MALFORMED, "no timestamp");
        }
        String expected = "mac="
                + sign(properties.appId().strip()
                        + text
                        + timestamp
                        + properties.oaSecretKey().strip());
        String given = signature == null ? "" : signature.strip().toLowerCase(Locale.ROOT);
        if (!given.startsWith("mac=")) {
            given = "mac=" + given; // some deliveries carry the bare digest
        }
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw refuse(ChatError.SIGNATURE_INVALID, "signature does not match");
        }
        long at = Long.parseLong(timestamp);
        long window = properties.timestampWindow().toMillis();
        if (Math.abs(clock.millis() - at) > window) {
            throw refuse(
                    ChatError.EVENT_STALE,
                    "timestamp " + at + " is " + Duration.ofMillis(clock.millis() - at) + " from now");
        }
        String appId = value(event.path("app_id"));
        if (appId != null && !appId.equals(properties.appId().strip())) {
            throw refuse(ChatError.SIGNATURE_INVALID, "another application's event");
        }
        ChatEvent parsed = parse(event, timestamp);
        if (tooLong(parsed.userId(), 90) || tooLong(parsed.oaId(), 100) || tooLong(parsed.eventKey(), 200)) {
            throw refuse(ChatError.EVENT_MALFORMED, "an id is too long");
        }
        String oaId = properties.oaId();
        if (oaId != null
                && !oaId.isBlank()
                && parsed.oaId() != null
                && !parsed.oaId().equals(oaId.strip())) {
            throw refuse(ChatError.ACCOUNT_UNKNOWN, "official account " + parsed.oaId());
        }
        conversations.handle(parsed);
    }

    /** The event as the conversation understands it. */
    static ChatEvent parse(JsonNode event, String timestamp) {
        String name = value(event.path("event_name"));
        name = name == null ? "" : name;
        JsonNode message = event.path("message");
        String msgId = value(message.path("msg_id"));
        String userId;
        String oaId;
        ChatEvent.Kind kind;
        if (name.equals("follow")) {
            userId = value(event.path("follower").path("id"));
            oaId = value(event.path("oa_id"));
            kind = ChatEvent.Kind.FOLLOW;
        } else if (name.startsWith("user_send_")) {
            userId = value(event.path("sender").path("id"));
            oaId = value(event.path("recipient").path("id"));
            kind = switch (name) {
                case "user_send_text" -> ChatEvent.Kind.TEXT;
                case "user_send_image" -> ChatEvent.Kind.IMAGE;
                case "user_send_location" -> ChatEvent.Kind.LOCATION;
                default -> ChatEvent.Kind.UNSUPPORTED;
            };
        } else {
            // the account's own messages, read receipts, unfollows, button clicks…: nothing to answer
            userId = null;
            oaId = null;
            kind = ChatEvent.Kind.IGNORED;
        }
        String key = msgId != null ? "zalo:msg:" + msgId : "zalo:" + name + ":" + userId + ":" + timestamp;
        List<String> images = new ArrayList<>();
        Double latitude = null;
        Double longitude = null;
        for (JsonNode attachment : message.path("attachments")) {
            String type = value(attachment.path("type"));
            JsonNode payload = attachment.path("payload");
            if ("image".equals(type) && value(payload.path("url")) != null) {
                images.add(value(payload.path("url")));
            } else if ("location".equals(type)) {
                JsonNode at = payload.path("coordinates");
                latitude = degrees(at.has("latitude") ? at.path("latitude") : at.path("lat"));
                longitude = degrees(at.has("longitude") ? at.path("longitude") : at.path("long"));
            }
        }
        if (kind == ChatEvent.Kind.IMAGE && images.isEmpty()) {
            kind = ChatEvent.Kind.UNSUPPORTED;
        }
        if (kind == ChatEvent.Kind.LOCATION && (latitude == null || longitude == null)) {
            latitude = Double.NaN; // the conversation says it did not understand the location
            longitude = Double.NaN;
        }
        return new ChatEvent(
                key,
                name.length() > 60 ? name.substring(0, 60) : name,
                userId,
                oaId,
                kind,
                value(message.path("text")),
                images,
                latitude,
                longitude);
    }

    private CivicException refuse(ChatError error, String why) {
        audit.record(new AuditRecord(
                "feedback.chat.webhook-refused",
                "ChatWebhook",
                "zalo",
                null,
                error.code() + ": " + why,
                AuditRecord.Outcome.DENIED,
                new AuditRecord.ActorRef("chat:zalo-webhook", "Zalo webhook", null)));
        return new CivicException(error);
    }

    /** A string or number as text; null for anything else (missing, null, an object). */
    private static String value(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String text = node.asString();
        return text.isBlank() ? null : cut(text);
    }

    private static Double degrees(JsonNode node) {
        String text = value(node);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Longer than any text a conversation takes, so that the conversation can say it is too long. */
    private static String cut(String text) {
        return text.length() > 10_000 ? text.substring(0, 10_000) : text;
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    static String sign(String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
