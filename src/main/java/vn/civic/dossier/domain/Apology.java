package vn.civic.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An apology notice with a new appointment date (form 04): an officer proposes it, a leader decides. */
@Entity
@Table(name = "dossier_apology")
public class Apology {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "previous_due_at", nullable = false)
    private Instant previousDueAt;

    @Column(name = "proposed_due_at", nullable = false)
    private Instant proposedDueAt;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 200)
    private String proposedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    private Boolean approved;

    protected Apology() {}

    Apology(Dossier dossier, String reason, Instant previousDueAt, Instant proposedDueAt, Act act) {
        this.dossier = dossier;
        this.reason = reason;
        this.previousDueAt = previousDueAt;
        this.proposedDueAt = proposedDueAt;
        this.proposedAt = act.at();
        this.proposedBy = act.actorName();
    }

    void decide(boolean approve, Act act) {
        approved = approve;
        decidedAt = act.at();
        decidedBy = act.actorName();
    }

    public boolean pending() {
        return approved == null;
    }

    public Long id() {
        return id;
    }

    public String reason() {
        return reason;
    }

    public Instant previousDueAt() {
        return previousDueAt;
    }

    public Instant proposedDueAt() {
        return proposedDueAt;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Boolean approved() {
        return approved;
    }
}
