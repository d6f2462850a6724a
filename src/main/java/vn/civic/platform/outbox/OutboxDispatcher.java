package vn.civic.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages of the outbox (decision 0021). Any number of nodes may run it at once:
 *
 * <ol>
 *   <li>a short transaction claims a batch of due rows with {@code SELECT … FOR UPDATE SKIP LOCKED} (rows another
 *       node is claiming are skipped, not waited for), counts the attempt and sets the row to SENDING with a lease: its
 *       next attempt time becomes the end of the lease, so the row is due again only if this node never reports back;
 *   <li>outside any transaction the channel's handler delivers it;
 *   <li>another short transaction marks it sent, or schedules the next attempt with exponential back-off, or keeps it
 *       as failed after the last attempt. The mark names the attempt it claimed, so a node whose lease ran out cannot
 *       overwrite what the node that took the row over recorded.
 * </ol>
 *
 * Runs every {@code civic.outbox.poll-interval}, and at once after a commit that enqueued something.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int ERROR_LIMIT = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final OutboxProperties properties;
    private final ObjectProvider<OutboxHandler> handlers;
    private final TaskExecutor executor;
    private final String claimSql;
    private final AtomicInteger wakeUps = new AtomicInteger();

    OutboxDispatcher(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            OutboxProperties properties,
            ObjectProvider<OutboxHandler> handlers,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.properties = properties;
        this.handlers = handlers;
        this.executor = executor;
        this.claimSql = "select " + Outbox.COLUMNS + " from outbox_message"
                + " where status in ('PENDING', 'SENDING') and next_attempt_at <= ?"
                + " order by next_attempt_at, id fetch first ? rows only for update" + lockClause(dataSource);
    }

    /**
     * PostgreSQL skips rows other transactions hold; H2 (one node, the laptop database) accepts the same clause, and
     * a database that knows no {@code SKIP LOCKED} waits for the other claim instead, which is slower but as safe.
     */
    private static String lockClause(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(
                    dataSource, metaData -> metaData.getDatabaseProductName().toLowerCase());
            return product.contains("postgres") || product.contains("h2") ? " skip locked" : "";
        } catch (org.springframework.jdbc.support.MetaDataAccessException e) {
            return "";
        }
    }

    @Scheduled(
            initialDelayString = "${civic.outbox.poll-interval:10s}",
            fixedDelayString = "${civic.outbox.poll-interval:10s}")
    void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch failed; next poll in {}", properties.pollInterval(), e);
        }
    }

    /** Delivers what is due now, batch after batch, and returns how many messages it attempted. */
    public int dispatchDue() {
        int attempted = 0;
        while (true) {
            List<OutboxDelivery> batch = claim();
            batch.forEach(this::deliver);
            attempted += batch.size();
            if (batch.size() < properties.batchSize()) {
                return attempted;
            }
        }
    }

    /** Wakes the dispatcher on another thread; wake-ups while it runs make it look once more, not once each. */
    void dispatchSoon() {
        if (wakeUps.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            int seen = wakeUps.get();
            poll();
            if (wakeUps.compareAndSet(seen, 0)) {
                return;
            }
        }
    }

    private List<OutboxDelivery> claim() {
        return newTransaction.execute(tx -> {
            Instant now = now();
            List<OutboxEntry> due = jdbc.query(claimSql, Outbox::entry, Timestamp.from(now), properties.batchSize());
            Timestamp leaseEnd = Timestamp.from(now.plus(properties.lease()));
            jdbc.batchUpdate(
                    "update outbox_message set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ?,"
                            + " updated_at = ? where id = ?",
                    due.stream()
                            .map(e -> new Object[] {leaseEnd, Timestamp.from(now), e.id()})
                            .toList());
            return due.stream()
                    .map(e -> new OutboxDelivery(
                            e.id(), e.channel(), e.key(), e.reference(), e.payload(), e.attempts() + 1))
                    .toList();
        });
    }

    private void deliver(OutboxDelivery delivery) {
        Optional<OutboxHandler> handler = handlers.orderedStream()
                .filter(h -> h.channel().equals(delivery.channel()))
                .findFirst();
        try {
            if (handler.isEmpty()) {
                throw new IllegalStateException("No handler for the channel " + delivery.channel());
            }
            handler.get().deliver(delivery);
        } catch (UndeliverableException e) {
            log.warn("Outbox message {} ({}) is undeliverable: {}", delivery.id(), delivery.channel(), e.getMessage());
            record(delivery, OutboxStatus.FAILED, now(), describe(e));
            return;
        } catch (Exception e) {
            boolean last = delivery.attempt() >= properties.maxAttempts();
            Instant next = now().plus(properties.backoffAfter(delivery.attempt()));
            log.warn(
                    "Outbox message {} ({}) attempt {} failed{}: {}",
                    delivery.id(),
                    delivery.channel(),
                    delivery.attempt(),
                    last ? ", giving up" : ", next at " + next,
                    describe(e));
            record(delivery, last ? OutboxStatus.FAILED : OutboxStatus.PENDING, next, describe(e));
            return;
        }
        record(delivery, OutboxStatus.SENT, now(), null);
    }

    /** The outcome of the attempt this node claimed; nothing if another node has taken the row over since. */
    private void record(OutboxDelivery delivery, OutboxStatus status, Instant next, String error) {
        Instant now = now();
        int updated = newTransaction.execute(tx -> jdbc.update(
                "update outbox_message set status = ?, next_attempt_at = ?, last_error = ?, updated_at = ?,"
                        + " sent_at = ? where id = ? and status = 'SENDING' and attempts = ?",
                status.name(),
                Timestamp.from(next),
                error,
                Timestamp.from(now),
                status == OutboxStatus.SENT ? Timestamp.from(now) : null,
                delivery.id(),
                delivery.attempt()));
        if (updated == 0) {
            log.warn(
                    "Outbox message {} was taken over before attempt {} was recorded",
                    delivery.id(),
                    delivery.attempt());
        }
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > ERROR_LIMIT ? text.substring(0, ERROR_LIMIT) : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
