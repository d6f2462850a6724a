package vn.civic.exchange.govstack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the GovStack spec carries of an application file beside its dossier. */
@Entity
@Table(name = "govstack_application")
class GovStackApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    /** The actor id of the client that filed it ({@code client:<client id>}). */
    @Column(nullable = false, length = 60)
    private String client;

    @Column(name = "applicant_ref", nullable = false, length = 200)
    private String applicantRef;

    @Column(name = "procedure_code", nullable = false, length = 30)
    private String procedureCode;

    @Column(name = "application_name", length = 200)
    private String applicationName;

    @Column(name = "e_form_id", length = 60)
    private String eFormId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected GovStackApplication() {}

    GovStackApplication(
            String dossierCode,
            String client,
            String applicantRef,
            String procedureCode,
            String applicationName,
            String eFormId,
            Instant createdAt,
            Instant registeredAt) {
        this.dossierCode = dossierCode;
        this.client = client;
        this.applicantRef = applicantRef;
        this.procedureCode = procedureCode;
        this.applicationName = applicationName;
        this.eFormId = eFormId;
        this.createdAt = createdAt;
        this.registeredAt = registeredAt;
    }

    String dossierCode() {
        return dossierCode;
    }

    String client() {
        return client;
    }

    String applicantRef() {
        return applicantRef;
    }

    String applicationName() {
        return applicationName;
    }

    String eFormId() {
        return eFormId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
