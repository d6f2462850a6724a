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

/**
 * A progress entry in the national portal's shape: who (NguoiXuLy), when (ThoiDiemXuLy), where (PhongBanXuLy), what
 * ({@link #action()} and its note: NoiDungXuLy), the status after (TrangThai), and the step's start and statutory end
 * (NgayBatDau, NgayKetThucTheoQuyDinh).
 */
@Entity
@Table(name = "dossier_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(name = "actor_id", nullable = false, length = 60)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "agency_name", length = 300)
    private String agencyName;

    @Column(name = "step_name", length = 300)
    private String stepName;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false)
    private int status;

    @Column(name = "step_started_at")
    private Instant stepStartedAt;

    @Column(name = "step_due_at")
    private Instant stepDueAt;

    protected HistoryEntry() {}

    HistoryEntry(Dossier dossier, Act act, String action, String note, int status, DossierStep step) {
        this.dossier = dossier;
        this.actorId = act.actorId();
        this.actorName = act.actorName();
        this.at = act.at();
        this.agencyId = act.agencyId();
        this.agencyName = act.agencyName();
        this.action = action;
        this.note = note;
        this.status = status;
        if (step != null) {
            this.stepName = step.name();
            this.stepStartedAt = step.startedAt();
            this.stepDueAt = step.dueAt();
        }
    }

    /** A progress entry as another system recorded it, brought in by a migration import. */
    HistoryEntry(Dossier dossier, String actorId, ImportedState.Entry entry, Long agencyId) {
        this.dossier = dossier;
        this.actorId = actorId;
        this.actorName = entry.actorName();
        this.at = entry.at();
        this.agencyId = agencyId;
        this.agencyName = entry.agencyName();
        this.stepName = entry.stepName();
        this.action = entry.action();
        this.note = entry.note();
        this.status = entry.status();
    }

    public Long id() {
        return id;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public Instant at() {
        return at;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String stepName() {
        return stepName;
    }

    public String action() {
        return action;
    }

    public String note() {
        return note;
    }

    public int status() {
        return status;
    }

    public Instant stepStartedAt() {
        return stepStartedAt;
    }

    public Instant stepDueAt() {
        return stepDueAt;
    }
}
