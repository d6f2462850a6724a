package vn.civic.document.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A bút phê: a leader's instruction and deadline, or a handler's sub-assignment inside their department. */
@Entity
@Table(name = "incoming_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Assignment parent;

    @Column(name = "assigner_account_id", nullable = false)
    private long assignerAccountId;

    @Column(name = "assigner_name", nullable = false, length = 200)
    private String assignerName;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(length = 2000)
    private String instruction;

    private LocalDate deadline;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {}

    Assignment(
            IncomingDocument document,
            Assignment parent,
            Act act,
            Long departmentId,
            String instruction,
            LocalDate deadline) {
        this.document = document;
        this.parent = parent;
        this.assignerAccountId = act.accountId();
        this.assignerName = act.actorName();
        this.departmentId = departmentId;
        this.instruction = instruction;
        this.deadline = deadline;
        this.assignedAt = act.at();
    }

    public Long id() {
        return id;
    }

    public Assignment parent() {
        return parent;
    }

    public long assignerAccountId() {
        return assignerAccountId;
    }

    public String assignerName() {
        return assignerName;
    }

    public Long departmentId() {
        return departmentId;
    }

    public String instruction() {
        return instruction;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
