package vn.civic.dossier.domain;

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
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.procedure.StepDefinition.StepKind;

/** One step of a dossier's plan, with its agency resolved when the dossier was filed. */
@Entity
@Table(name = "dossier_step")
public class DossierStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "step_order", nullable = false)
    private int stepOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private StepKind kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "assignee_account_id")
    private Long assigneeAccountId;

    @Column(name = "working_days", nullable = false, precision = 7, scale = 2)
    private BigDecimal workingDays;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected DossierStep() {}

    public DossierStep(
            int order, StepKind kind, String name, long agencyId, Long departmentId, BigDecimal workingDays) {
        this.stepOrder = order;
        this.kind = kind;
        this.name = name;
        this.agencyId = agencyId;
        this.departmentId = departmentId;
        this.workingDays = workingDays == null ? BigDecimal.ZERO : workingDays;
    }

    void attachTo(Dossier owner) {
        this.dossier = owner;
    }

    void start(Instant at, WorkingCalendar calendar) {
        startedAt = at;
        dueAt = workingDays.signum() > 0 ? calendar.addWorkingDays(at, workingDays) : null;
        finishedAt = null;
        assigneeAccountId = null;
    }

    void finish(Instant at) {
        finishedAt = at;
    }

    /** Back to not started: a later step of a dossier sent back to an earlier one. */
    void reset() {
        startedAt = null;
        dueAt = null;
        finishedAt = null;
        assigneeAccountId = null;
    }

    void shiftDue(java.time.Duration stopped, WorkingCalendar calendar) {
        if (dueAt != null) {
            dueAt = calendar.addWorkingTime(dueAt, stopped);
        }
    }

    void assign(long accountId) {
        assigneeAccountId = accountId;
    }

    public int order() {
        return stepOrder;
    }

    public StepKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public long agencyId() {
        return agencyId;
    }

    public Long departmentId() {
        return departmentId;
    }

    public Long assigneeAccountId() {
        return assigneeAccountId;
    }

    public BigDecimal workingDays() {
        return workingDays;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
