package vn.civic.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An applicant's unfinished form for one procedure, to resume later. */
@Entity
@Table(name = "dossier_draft")
public class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "procedure_code", nullable = false, length = 30)
    private String procedureCode;

    @Column(name = "form_data", nullable = false)
    private String formData;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Draft() {}

    public Draft(long ownerAccountId, String procedureCode) {
        this.ownerAccountId = ownerAccountId;
        this.procedureCode = procedureCode;
    }

    public void save(String data, Instant at) {
        this.formData = data;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String formData() {
        return formData;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
