package vn.civic.payment.receipt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receipt numbers without gaps per series: the counter row is incremented inside the confirming transaction, so a
 * rollback gives the number back and concurrent confirmations wait on the row (an e-receipt number may not be
 * skipped, unlike a dossier code). The row is created once, in its own short transaction.
 */
@Component
public class ReceiptNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    ReceiptNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the series; call inside the transaction that issues the receipt. */
    public long next(String series) {
        if (jdbc.update("update payment_receipt_counter set last_number = last_number + 1 where series = ?", series)
                == 0) {
            separate.executeWithoutResult(status -> {
                try {
                    jdbc.update("insert into payment_receipt_counter (series, last_number) values (?, 0)", series);
                } catch (DuplicateKeyException concurrentCreator) {
                    // another transaction created it first
                }
            });
            jdbc.update("update payment_receipt_counter set last_number = last_number + 1 where series = ?", series);
        }
        return jdbc.queryForObject(
                "select last_number from payment_receipt_counter where series = ?", Long.class, series);
    }
}
