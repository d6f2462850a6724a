package vn.civic.document.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person on an assignment with their role, deadline and, once they finished their part, when. */
@Entity
@Table(name = "incoming_handler")
public class Handler {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private HandlerRole role;

    private LocalDate deadline;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Handler() {}

    Handler(IncomingDocument document, Assignment assignment, IncomingDocument.Person person, LocalDate deadline) {
        this.document = document;
        this.assignment = assignment;
        this.accountId = person.accountId();
        this.fullName = person.fullName();
        this.departmentId = person.departmentId();
        this.role = person.role();
        this.deadline = person.role().handles() ? deadline : null;
    }

    void finish(Instant at) {
        doneAt = at;
    }

    public Long id() {
        return id;
    }

    public Assignment assignment() {
        return assignment;
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public Long departmentId() {
        return departmentId;
    }

    public HandlerRole role() {
        return role;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
