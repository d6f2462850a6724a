package vn.civic.exchange.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The synchronisation log: each attempt to send a dossier to the portal, with the answer code or the error. */
@Component
class PortalSyncLog {

    /** An attempt being made. */
    record Attempt(
            long outboxMessageId, int attempt, long dossierId, String dossierCode, int statusCode, Instant sentAt) {}

    /** An attempt as the log shows it; {@code answerCode} is null when no answer came. */
    record Entry(
            long id,
            long outboxMessageId,
            int attempt,
            long dossierId,
            String dossierCode,
            int statusCode,
            Instant sentAt,
            Integer answerCode,
            String error) {

        public boolean delivered() {
            return answerCode != null && answerCode / 100 == 2;
        }
    }

    private final JdbcTemplate jdbc;

    PortalSyncLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Attempt attempt, Integer answerCode, String error) {
        jdbc.update(
                "insert into exchange_portal_sync (outbox_message_id, attempt, dossier_id, dossier_code, status_code,"
                        + " sent_at, answer_code, error) values (?, ?, ?, ?, ?, ?, ?, ?)",
                attempt.outboxMessageId(),
                attempt.attempt(),
                attempt.dossierId(),
                attempt.dossierCode(),
                attempt.statusCode(),
                Timestamp.from(attempt.sentAt()),
                answerCode,
                error);
    }

    /** The newest attempts, of one dossier when its code is given. */
    List<Entry> recent(String dossierCode, int offset, int limit) {
        boolean one = dossierCode != null && !dossierCode.isBlank();
        String sql = "select * from exchange_portal_sync" + (one ? " where dossier_code = ?" : "")
                + " order by id desc offset " + Math.max(offset, 0) + " rows fetch next " + Math.clamp(limit, 1, 500)
                + " rows only";
        Object[] args = one ? new Object[] {dossierCode.strip()} : new Object[0];
        return jdbc.query(
                sql,
                (rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getLong("outbox_message_id"),
                        rs.getInt("attempt"),
                        rs.getLong("dossier_id"),
                        rs.getString("dossier_code"),
                        rs.getInt("status_code"),
                        rs.getTimestamp("sent_at").toInstant(),
                        (Integer) rs.getObject("answer_code"),
                        rs.getString("error")),
                args);
    }
}
