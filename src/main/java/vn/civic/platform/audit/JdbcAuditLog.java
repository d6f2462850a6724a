package vn.civic.platform.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;

/**
 * Writes audit entries with JDBC. Within a transaction, entries wait in a buffer and are chained in
 * {@code beforeCommit}: the JPA session is flushed first, then the one-row chain head is locked, so the head lock is
 * always the last lock a transaction takes and cannot close a deadlock cycle; it is held only until commit.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final int SUMMARY_LIMIT = 4000;
    private static final Object BUFFER_KEY = new Object();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

    JdbcAuditLog(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            ObjectProvider<EntityManagerFactory> entityManagerFactories) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.entityManagerFactories = entityManagerFactories;
    }

    @Override
    public void record(AuditRecord record) {
        Pending entry = pending(record);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            buffer().add(entry);
        } else {
            newTransaction.executeWithoutResult(status -> append(List.of(entry)));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Pending> buffer() {
        List<Pending> buffer = (List<Pending>) TransactionSynchronizationManager.getResource(BUFFER_KEY);
        if (buffer == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(BUFFER_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    flushJpa();
                    append(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BUFFER_KEY);
                }

                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE;
                }
            });
            buffer = created;
        }
        return buffer;
    }

    private void flushJpa() {
        EntityManagerFactory emf = entityManagerFactories.getIfAvailable();
        if (emf != null && TransactionSynchronizationManager.getResource(emf) instanceof EntityManagerHolder holder) {
            holder.getEntityManager().flush();
        }
    }

    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Object> head =
                jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Pending p : entries) {
            seq++;
            AuditEntry entry = p.toEntry(seq, previous);
            String hash = AuditChain.hash(entry);
            rows.add(new Object[] {
                entry.seq(),
                Timestamp.from(entry.occurredAt()),
                entry.actorId(),
                entry.actorName(),
                entry.agencyCode(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.outcome().name(),
                entry.before(),
                entry.after(),
                entry.remoteAddress(),
                entry.previousHash(),
                hash
            });
            previous = hash;
        }
        jdbc.batchUpdate(
                "insert into audit_entry (seq, occurred_at, actor_id, actor_name, agency_code, action, object_type,"
                        + " object_id, outcome, summary_before, summary_after, remote_address, previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
    }

    private Pending pending(AuditRecord record) {
        String actorId;
        String actorName;
        String agencyCode;
        if (record.actorOverride() != null) {
            actorId = record.actorOverride().id();
            actorName = record.actorOverride().name();
            agencyCode = record.actorOverride().agencyCode();
        } else {
            Actor actor = CurrentActor.get().orElse(null);
            actorId = actor == null ? "system" : actor.actorId();
            actorName = actor == null ? "system" : actor.displayName();
            agencyCode = actor == null ? null : actor.agencyCode();
        }
        // Millisecond precision: what every supported database stores exactly, so the hash verifies after reading.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Pending(
                now,
                limit(actorId, 100),
                limit(actorName, 200),
                agencyCode,
                limit(record.action(), 100),
                limit(record.objectType(), 100),
                limit(record.objectId(), 100),
                record.outcome(),
                limit(record.before(), SUMMARY_LIMIT),
                limit(record.after(), SUMMARY_LIMIT),
                remoteAddress());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return limit(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private record Pending(
            Instant occurredAt,
            String actorId,
            String actorName,
            String agencyCode,
            String action,
            String objectType,
            String objectId,
            AuditRecord.Outcome outcome,
            String before,
            String after,
            String remoteAddress) {

        AuditEntry toEntry(long seq, String previousHash) {
            return new AuditEntry(
                    seq,
                    occurredAt,
                    actorId,
                    actorName,
                    agencyCode,
                    action,
                    objectType,
                    objectId,
                    outcome,
                    before,
                    after,
                    remoteAddress,
                    previousHash,
                    null);
        }
    }
}
