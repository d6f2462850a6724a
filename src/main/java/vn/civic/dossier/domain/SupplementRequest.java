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
import java.util.Arrays;
import java.util.List;

/** A request to supplement the dossier (form 02): why, and which documents are wanted. */
@Entity
@Table(name = "dossier_supplement")
public class SupplementRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private int round;

    @Column(name = "step_order", nullable = false)
    private int stepOrder;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** Codes of the required documents wanted, comma-separated. */
    @Column(nullable = false, length = 1000)
    private String documents;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "supplied_at")
    private Instant suppliedAt;

    protected SupplementRequest() {}

    SupplementRequest(Dossier dossier, int round, int stepOrder, String reason, List<String> documents, Act act) {
        this.dossier = dossier;
        this.round = round;
        this.stepOrder = stepOrder;
        this.reason = reason;
        this.documents = String.join(",", documents);
        this.requestedAt = act.at();
        this.requestedBy = act.actorName();
    }

    void supplied(Instant at) {
        suppliedAt = at;
    }

    public int round() {
        return round;
    }

    public int stepOrder() {
        return stepOrder;
    }

    public String reason() {
        return reason;
    }

    public List<String> documents() {
        return documents.isEmpty() ? List.of() : Arrays.asList(documents.split(","));
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant suppliedAt() {
        return suppliedAt;
    }
}
