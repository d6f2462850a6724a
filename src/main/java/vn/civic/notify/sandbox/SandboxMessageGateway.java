package vn.civic.notify.sandbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.notify.MessageGateway;

/**
 * The built-in SMS/chat gateway: sends nothing, records what would be sent, for administrators to read
 * ({@code civic.notify.gateway=sandbox}, the default). A message recorded before (same key) is not recorded again.
 */
public class SandboxMessageGateway implements MessageGateway {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxMessageGateway(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(TextMessage message) {
        jdbc.update(
                "insert into notify_sandbox_message (message_key, phone, text, recorded_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                message.key(),
                message.phone(),
                message.text(),
                Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** What was recorded, newest first; only for a phone number when one is given. */
    public List<SandboxMessage> recent(String phone, int limit) {
        String sql = "select phone, text, recorded_at, message_key from notify_sandbox_message"
                + (phone == null || phone.isBlank() ? "" : " where phone = ?")
                + " order by id desc fetch first " + Math.clamp(limit, 1, 500) + " rows only";
        Object[] args = phone == null || phone.isBlank() ? new Object[0] : new Object[] {phone.strip()};
        return jdbc.query(
                sql,
                (rs, row) -> new SandboxMessage(
                        rs.getString("phone"),
                        rs.getString("text"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("message_key")),
                args);
    }

    public record SandboxMessage(String phone, String text, Instant recordedAt, String key) {}
}
