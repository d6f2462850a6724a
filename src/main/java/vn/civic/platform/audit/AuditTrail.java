package vn.civic.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log: searches it and verifies its hash chain. */
@Service
public class AuditTrail {

    private static final String COLUMNS = "seq, occurred_at, actor_id, actor_name, agency_code, action, object_type,"
            + " object_id, outcome, summary_before, summary_after, remote_address, previous_hash, hash";

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Search filters; blank values match everything. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actor, String action, String objectType, String objectId, Instant from, Instant to) {}

    /** Newest first, one page. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (notBlank(filter.actor())) {
            sql.append(" and (lower(actor_id) like ? or lower(actor_name) like ?)");
            String like = "%" + filter.actor().toLowerCase().strip() + "%";
            args.add(like);
            args.add(like);
        }
        if (notBlank(filter.action())) {
            sql.append(" and action like ?");
            args.add(filter.action().strip() + "%");
        }
        if (notBlank(filter.objectType())) {
            sql.append(" and object_type = ?");
            args.add(filter.objectType().strip());
        }
        if (notBlank(filter.objectId())) {
            sql.append(" and object_id = ?");
            args.add(filter.objectId().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(java.sql.Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(java.sql.Timestamp.from(filter.to()));
        }
        sql.append(" order by seq desc limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
    }

    /** Walks the whole chain in order and reports the first entry that does not verify. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var walker = new Walker();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query("select " + COLUMNS + " from audit_entry order by seq", walker);
        if (walker.brokenAt == null) {
            Map<String, Object> head =
                    jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
            long lastSeq = ((Number) head.get("last_seq")).longValue();
            if (lastSeq != walker.lastSeq || !head.get("last_hash").equals(walker.lastHash)) {
                return new AuditVerification(walker.checked, walker.lastSeq + 1, "head_mismatch");
            }
        }
        return new AuditVerification(walker.checked, walker.brokenAt, walker.problem);
    }

    private static final class Walker implements RowCallbackHandler {
        long checked;
        long lastSeq;
        String lastHash = AuditChain.GENESIS;
        Long brokenAt;
        String problem;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (brokenAt != null) {
                return;
            }
            AuditEntry e = entry(rs);
            checked++;
            if (e.seq() != lastSeq + 1) {
                fail(e.seq(), "sequence_gap");
            } else if (!e.previousHash().equals(lastHash)) {
                fail(e.seq(), "link_broken");
            } else if (!AuditChain.hash(e).equals(e.hash())) {
                fail(e.seq(), "hash_mismatch");
            }
            lastSeq = e.seq();
            lastHash = e.hash();
        }

        private void fail(long seq, String why) {
            brokenAt = seq;
            problem = why;
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_id"),
                rs.getString("actor_name"),
                rs.getString("agency_code"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                AuditRecord.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("summary_before"),
                rs.getString("summary_after"),
                rs.getString("remote_address"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
