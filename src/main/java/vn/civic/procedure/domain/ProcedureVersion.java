package vn.civic.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a procedure, never changed: its whole document as JSON. Dossiers keep its id. */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String document;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", length = 200)
    private String savedBy;

    protected ProcedureVersion() {}

    ProcedureVersion(long procedureId, int number, String document, Instant savedAt, String savedBy) {
        this.procedureId = procedureId;
        this.number = number;
        this.document = document;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    public Long id() {
        return id;
    }

    public long procedureId() {
        return procedureId;
    }

    public int number() {
        return number;
    }

    String document() {
        return document;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }
}
