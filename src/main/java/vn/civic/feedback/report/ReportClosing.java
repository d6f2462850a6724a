package vn.civic.feedback.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.feedback.ReportStatus;

/**
 * Closes answered reports whose reopen window ({@code civic.feedback.reopen-days}) has passed without a rating. Each
 * report closes in its own transaction with its row locked and its status checked again, so several nodes running
 * this at once close each report once.
 */
@Component
class ReportClosing {

    private static final Logger log = LoggerFactory.getLogger(ReportClosing.class);

    private final Reports reports;
    private final ReportRecorder recorder;
    private final Deadlines deadlines;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportClosing(
            Reports reports,
            ReportRecorder recorder,
            Deadlines deadlines,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.reports = reports;
        this.recorder = recorder;
        this.deadlines = deadlines;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${civic.feedback.close-check-interval:15m}",
            fixedDelayString = "${civic.feedback.close-check-interval:15m}")
    void check() {
        try {
            closeExpired();
        } catch (RuntimeException e) {
            log.warn("Closing answered feedback reports failed; next run at the next check", e);
        }
    }

    /** Closes what is due now; returns how many reports closed. */
    int closeExpired() {
        Instant now = clock.instant();
        Instant answeredBefore = deadlines.reopenWindowStart(now);
        int closed = 0;
        List<String> codes;
        int closedInBatch;
        do {
            codes = reports.answeredBefore(answeredBefore, 200);
            closedInBatch = 0;
            for (String code : codes) {
                Boolean done = transaction.execute(status -> {
                    Report r = reports.lock(code).orElse(null);
                    if (r == null
                            || r.status != ReportStatus.ANSWERED
                            || r.answeredAt == null
                            || !deadlines.reopenUntil(r.answeredAt).isBefore(now)) {
                        return false;
                    }
                    r.closeUnrated(now);
                    recorder.save(r, ReportStatus.ANSWERED, now);
                    return true;
                });
                closedInBatch += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            closed += closedInBatch;
        } while (codes.size() == 200 && closedInBatch > 0);
        return closed;
    }
}
