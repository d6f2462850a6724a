package vn.civic.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;

/**
 * The outbox (decision 0021): {@link #enqueue} writes a message in the caller's transaction, so it exists exactly when
 * what caused it was committed; {@link OutboxDispatcher} delivers it afterwards with retries. Also the administrators'
 * log of messages and their retry.
 */
@Service
public class Outbox {

    static final String COLUMNS = "id, channel, dedup_key, reference, payload, status, attempts, next_attempt_at,"
            + " last_error, created_at, updated_at, sent_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectProvider<OutboxDispatcher> dispatcher;
    private final AuditLog audit;

    Outbox(JdbcTemplate jdbc, Clock clock, ObjectProvider<OutboxDispatcher> dispatcher, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.audit = audit;
    }

    /**
     * Puts the message in the outbox within the caller's transaction, due at once. A message whose key is already in
     * the outbox (in any status) is ignored.
     *
     * @return true when the message is new
     */
    public boolean enqueue(OutboxMessage message) {
        Timestamp now = Timestamp.from(now());
        int inserted = jdbc.update(
                "insert into outbox_message (channel, dedup_key, reference, payload, status, attempts,"
                        + " next_attempt_at, created_at, updated_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)"
                        + " on conflict do nothing",
                message.channel(),
                message.key(),
                message.reference(),
                message.payload(),
                now,
                now,
                now);
        if (inserted > 0) {
            wakeDispatcherAfterCommit();
        }
        return inserted > 0;
    }

    /** Messages of the channels, newest first, optionally only those about a reference or in a status. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(
            Collection<String> channels, String reference, OutboxStatus status, int offset, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from outbox_message where channel in (");
        List<Object> args = new ArrayList<>(channels);
        sql.append(String.join(", ", channels.stream().map(c -> "?").toList())).append(')');
        if (reference != null && !reference.isBlank()) {
            sql.append(" and reference = ?");
            args.add(reference.strip());
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by id desc offset ? rows fetch next ? rows only");
        args.add(Math.max(offset, 0));
        args.add(Math.clamp(limit, 1, 500));
        return jdbc.query(sql.toString(), Outbox::entry, args.toArray());
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(long id) {
        return jdbc.query("select " + COLUMNS + " from outbox_message where id = ?", Outbox::entry, id).stream()
                .findFirst();
    }

    /**
     * An administrator sends a failed message again: it is due at once with a fresh series of attempts. Only a failed
     * message of one of the given channels (those the administrator's page manages) is retried; audited.
     *
     * @return false when there is no such failed message
     */
    @Transactional
    public boolean retry(long id, Collection<String> channels) {
        Optional<OutboxEntry> entry = find(id).filter(e -> channels.contains(e.channel()) && e.retryable());
        if (entry.isEmpty()) {
            return false;
        }
        Timestamp now = Timestamp.from(now());
        int updated = jdbc.update(
                "update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                        + " where id = ? and status = 'FAILED'",
                now,
                now,
                id);
        if (updated == 0) {
            return false;
        }
        audit.record(AuditRecord.change(
                "outbox.retried",
                "OutboxMessage",
                String.valueOf(id),
                "FAILED after " + entry.get().attempts() + " attempt(s): "
                        + entry.get().lastError(),
                "PENDING"));
        wakeDispatcherAfterCommit();
        return true;
    }

    private void wakeDispatcherAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.ifAvailable(OutboxDispatcher::dispatchSoon);
                }
            });
        } else {
            dispatcher.ifAvailable(OutboxDispatcher::dispatchSoon);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("channel"),
                rs.getString("dedup_key"),
                rs.getString("reference"),
                rs.getString("payload"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
