package vn.civic.platform.sequence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers without gaps per series: the counter row is incremented inside the caller's transaction, so a rollback gives
 * the number back and concurrent callers wait on the row until the first commits. A number is therefore never reused
 * and never skipped (Decree 30/2020 registers). The row is created once, in its own short transaction.
 */
@Component
public class GaplessCounters {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    GaplessCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the series, starting at 1. Must run inside the transaction that records the number.
     *
     * @param series a stable key, e.g. {@code document:OUTGOING:42:2026:regular}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String series) {
        if (jdbc.update("update platform_counter set last_number = last_number + 1 where series = ?", series) == 0) {
            separate.executeWithoutResult(status -> {
                try {
                    jdbc.update("insert into platform_counter (series, last_number) values (?, 0)", series);
                } catch (DuplicateKeyException concurrentCreator) {
                    // another transaction created it first
                }
            });
            jdbc.update("update platform_counter set last_number = last_number + 1 where series = ?", series);
        }
        return jdbc.queryForObject("select last_number from platform_counter where series = ?", Long.class, series);
    }

    /** The last number handed out in the series (committed or held by an open transaction of the caller), 0 if none. */
    public long last(String series) {
        return jdbc
                .queryForList("select last_number from platform_counter where series = ?", Long.class, series)
                .stream()
                .findFirst()
                .orElse(0L);
    }
}
