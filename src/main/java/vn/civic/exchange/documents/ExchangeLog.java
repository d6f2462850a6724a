package vn.civic.exchange.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The exchange log: each package or status message sent or received, and what became of it. */
@Component
class ExchangeLog {

    static final String OUT = "OUT";
    static final String IN = "IN";
    static final String EDOC = "edoc";
    static final String STATUS = "status";
    /** Sent and accepted by the receiving side. */
    static final String DELIVERED = "DELIVERED";
    /** Received, checked and handed to the documents. */
    static final String ACCEPTED = "ACCEPTED";
    /** Refused (by the receiving side, or here), with the reason. */
    static final String REJECTED = "REJECTED";
    /** Could not be delivered this time; the outbox tries again. */
    static final String FAILED = "FAILED";

    private static final int REASON_LIMIT = 1000;

    /** One line of the log. */
    record Entry(
            long id,
            String direction,
            String messageType,
            String documentId,
            String fromCode,
            String toCode,
            String action,
            String status,
            String reason,
            Long sizeBytes,
            String via,
            Instant loggedAt) {}

    /** What the administrators' page filters on; blank means any. */
    record Filter(String direction, String messageType, String status, String code, String documentId) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExchangeLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(
            String direction,
            String messageType,
            String documentId,
            String fromCode,
            String toCode,
            String action,
            String status,
            String reason,
            Long sizeBytes,
            String via) {
        jdbc.update(
                "insert into exchange_edxml_log (direction, message_type, document_id, from_code, to_code, action,"
                        + " status, reason, size_bytes, via, logged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                direction,
                messageType,
                limit(documentId, 300),
                limit(fromCode, 35),
                limit(toCode, 35),
                action,
                status,
                limit(reason, REASON_LIMIT),
                sizeBytes,
                limit(via, 200),
                Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    List<Entry> search(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from exchange_edxml_log where 1 = 1");
        List<Object> args = new ArrayList<>();
        equal(sql, args, "direction", filter.direction());
        equal(sql, args, "message_type", filter.messageType());
        equal(sql, args, "status", filter.status());
        if (present(filter.code())) {
            sql.append(" and (from_code = ? or to_code = ?)");
            args.add(filter.code().strip());
            args.add(filter.code().strip());
        }
        if (present(filter.documentId())) {
            sql.append(" and document_id like ?");
            args.add("%" + filter.documentId().strip().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by id desc offset ")
                .append(Math.max(offset, 0))
                .append(" rows fetch next ")
                .append(Math.clamp(limit, 1, 500))
                .append(" rows only");
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("direction"),
                        rs.getString("message_type"),
                        rs.getString("document_id"),
                        rs.getString("from_code"),
                        rs.getString("to_code"),
                        rs.getString("action"),
                        rs.getString("status"),
                        rs.getString("reason"),
                        (Long) rs.getObject("size_bytes", Long.class),
                        rs.getString("via"),
                        rs.getTimestamp("logged_at").toInstant()),
                args.toArray());
    }

    private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
        if (present(value)) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String limit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
