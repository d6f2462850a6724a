package vn.civic.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.test.CivicTest;

@CivicTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void entriesAreChainedAndTheChainVerifies() {
        tx.executeWithoutResult(s -> {
            audit.record(AuditRecord.change("test.created", "Thing", 1, null, "name=Một"));
            audit.record(AuditRecord.change("test.renamed", "Thing", 1, "name=Một", "name=Hai"));
        });
        List<Map<String, Object>> last =
                jdbc.queryForList("select seq, previous_hash, hash from audit_entry order by seq desc limit 2");
        assertThat(last.get(0).get("previous_hash")).isEqualTo(last.get(1).get("hash"));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void alteredRowIsReportedAsTheFirstBrokenLink() {
        long seq = recordOne("test.tamper-target");
        String original = jdbc.queryForObject("select summary_after from audit_entry where seq = ?", String.class, seq);
        try {
            jdbc.update("update audit_entry set summary_after = 'đã sửa' where seq = ?", seq);
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo("hash_mismatch");
        } finally {
            jdbc.update("update audit_entry set summary_after = ? where seq = ?", original, seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deletedRowIsReported() {
        long seq = recordOne("test.delete-target");
        recordOne("test.after-deleted");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        try {
            jdbc.update("delete from audit_entry where seq = ?", seq);
            AuditVerification result = trail.verify();
            assertThat(result.brokenAt()).isEqualTo(seq + 1);
            assertThat(result.problem()).isEqualTo("sequence_gap");
        } finally {
            jdbc.update(
                    "insert into audit_entry (seq, occurred_at, actor_id, actor_name, agency_code, action,"
                            + " object_type, object_id, outcome, summary_before, summary_after, remote_address,"
                            + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"),
                    row.get("occurred_at"),
                    row.get("actor_id"),
                    row.get("actor_name"),
                    row.get("agency_code"),
                    row.get("action"),
                    row.get("object_type"),
                    row.get("object_id"),
                    row.get("outcome"),
                    row.get("summary_before"),
                    row.get("summary_after"),
                    row.get("remote_address"),
                    row.get("previous_hash"),
                    row.get("hash"));
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void rolledBackChangeLeavesNoEntry() {
        long before = count();
        tx.executeWithoutResult(s -> {
            audit.record(AuditRecord.change("test.rolled-back", "Thing", 9, null, "x"));
            s.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'test.rolled-back'", Long.class))
                .isZero();
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = count();
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                jobs.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> audit.record(
                                AuditRecord.change("test.concurrent", "Thing", thread * 1000 + n, null, "v")));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(before + threads * perThread);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void entryOutsideATransactionIsWrittenAtOnce() {
        long before = count();
        audit.record(AuditRecord.change("test.no-transaction", "Thing", 5, null, "y"));
        assertThat(count()).isEqualTo(before + 1);
        List<AuditEntry> found =
                trail.search(new AuditTrail.Filter(null, "test.no-transaction", "Thing", "5", null, null), 0, 10);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().actorId()).isEqualTo("system");
    }

    private long recordOne(String action) {
        audit.record(AuditRecord.change(action, "Thing", 7, "a", "b"));
        return jdbc.queryForObject("select max(seq) from audit_entry where action = ?", Long.class, action);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }
}
