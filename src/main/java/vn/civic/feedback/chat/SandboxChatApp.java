package vn.civic.feedback.chat;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The built-in chat app ({@code civic.feedback.chat.adapter=sandbox}, the default): sends nothing, records the official
 * account's messages beside what the sandbox page played as the citizen, so staff can read a whole conversation. Images
 * come from the sandbox's own store (what the sandbox page uploaded), under {@code civic.feedback.chat.sandbox
 * .image-base-url}; it never goes to the network.
 */
public class SandboxChatApp implements ChatApp {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String imageBase;

    SandboxChatApp(JdbcTemplate jdbc, Clock clock, ChatProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.imageBase = properties.sandbox().imageBaseUrl();
    }

    /** One line of a sandbox conversation. */
    public record Line(boolean fromCitizen, String text, String imageUrl, Instant at) {

        /** The text's lines, for a page. */
        public List<String> paragraphs() {
            return text == null ? List.of() : List.of(text.split("\n"));
        }
    }

    @Override
    public void send(OutgoingMessage message) {
        jdbc.update(
                "insert into feedback_chat_sandbox_message (user_id, from_citizen, message_key, text, image_url,"
                        + " recorded_at) values (?, false, ?, ?, ?, ?) on conflict do nothing",
                message.userId(),
                message.key(),
                message.text(),
                message.imageUrl(),
                now());
    }

    @Override
    public byte[] download(URI url, long maxBytes) throws ImageUnavailableException {
        String address = url.toString();
        if (!address.startsWith(imageBase)) {
            throw new ImageUnavailableException("Not an image of the sandbox: " + address, false);
        }
        String token = address.substring(imageBase.length());
        List<byte[]> found = jdbc.query(
                "select content from feedback_chat_sandbox_image where token = ?",
                (rs, row) -> rs.getBytes("content"),
                token);
        if (found.isEmpty()) {
            throw new ImageUnavailableException("No sandbox image " + token, false);
        }
        if (found.getFirst().length > maxBytes) {
            throw new ImageUnavailableException("Sandbox image larger than " + maxBytes + " bytes", true);
        }
        return found.getFirst();
    }

    /** Records a message the sandbox page sent as the citizen. */
    public void recordCitizen(String userId, String text, String imageUrl) {
        jdbc.update(
                "insert into feedback_chat_sandbox_message (user_id, from_citizen, text, image_url, recorded_at)"
                        + " values (?, true, ?, ?, ?)",
                userId,
                text,
                imageUrl,
                now());
    }

    /** Keeps an image the sandbox page uploaded and returns the URL under which events name it. */
    public String storeImage(byte[] content) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.update(
                "insert into feedback_chat_sandbox_image (token, content, created_at) values (?, ?, ?)",
                token,
                content,
                now());
        return imageBase + token;
    }

    /** The conversation with a user, oldest first (the last {@code limit} lines). */
    public List<Line> conversation(String userId, int limit) {
        List<Line> lines = jdbc.query(
                "select from_citizen, text, image_url, recorded_at from feedback_chat_sandbox_message"
                        + " where user_id = ? order by id desc fetch first " + Math.clamp(limit, 1, 500)
                        + " rows only",
                (rs, row) -> new Line(
                        rs.getBoolean("from_citizen"),
                        rs.getString("text"),
                        rs.getString("image_url"),
                        rs.getTimestamp("recorded_at").toInstant()),
                userId);
        return lines.reversed();
    }

    /** What the official account sent to a user, oldest first. */
    public List<Line> sentTo(String userId) {
        return conversation(userId, 500).stream().filter(l -> !l.fromCitizen()).toList();
    }

    /** The users of the latest sandbox conversations, most recent first. */
    public List<String> recentUsers(int limit) {
        return jdbc.queryForList(
                "select user_id from feedback_chat_sandbox_message group by user_id order by max(id) desc"
                        + " fetch first " + Math.clamp(limit, 1, 100) + " rows only",
                String.class);
    }

    /** Forgets uploaded images older than {@code before}. */
    int forgetImagesBefore(Instant before) {
        return jdbc.update("delete from feedback_chat_sandbox_image where created_at < ?", Timestamp.from(before));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
