package vn.civic.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.platform.cache.ReferenceDataChanges;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.text.SearchText;
import vn.civic.procedure.ProcedureError;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ServiceLevel;

/**
 * A procedure of the catalogue: its national code, status and current version, with what search and filters read
 * copied from that version. The content itself lives in the versions ({@link ProcedureVersion}).
 */
@Entity
@EntityListeners(ReferenceDataChanges.class)
@Table(name = "procedure")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProcedureStatus status = ProcedureStatus.ACTIVE;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "current_version_id")
    private Long currentVersionId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "sector_code", nullable = false, length = 50)
    private String sectorCode;

    @Column(name = "sector_name", nullable = false, length = 300)
    private String sectorName;

    @Column(name = "level_code", length = 30)
    private String levelCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "service_level", nullable = false, length = 20)
    private ServiceLevel serviceLevel;

    @Column(name = "agency_codes", nullable = false, length = 2000)
    private String agencyCodes;

    @Column(name = "search_text", nullable = false, length = 2000)
    private String searchText;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Procedure() {}

    Procedure(ProcedureDocument document, Instant now) {
        this.code = document.code();
        describe(document, now);
    }

    /** Copies what search reads from the document of a new current version; a status it names applies. */
    void describe(ProcedureDocument document, Instant now) {
        this.name = document.name();
        this.sectorCode = document.sector().code();
        this.sectorName = document.sector().name();
        this.levelCode = document.levelCode();
        this.serviceLevel = document.serviceLevel();
        this.agencyCodes = document.agencyCodes().isEmpty() ? "" : ";" + String.join(";", document.agencyCodes()) + ";";
        this.searchText = SearchText.of(
                document.name(), document.code(), document.sector().name());
        if (document.status() != null) {
            this.status = document.status();
        }
        this.updatedAt = now;
    }

    void current(long versionId) {
        this.currentVersionId = versionId;
    }

    /** Stops new dossiers; dossiers already filed continue. */
    void suspend(String reason, Instant now) {
        if (status == ProcedureStatus.SUSPENDED) {
            throw new ConflictException(ProcedureError.ALREADY_SUSPENDED);
        }
        status = ProcedureStatus.SUSPENDED;
        statusReason = reason;
        updatedAt = now;
    }

    void reactivate(String reason, Instant now) {
        if (status == ProcedureStatus.ACTIVE) {
            throw new ConflictException(ProcedureError.ALREADY_ACTIVE);
        }
        status = ProcedureStatus.ACTIVE;
        statusReason = reason;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProcedureStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Long currentVersionId() {
        return currentVersionId;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public ProcedureSummary summary() {
        List<String> agencies = agencyCodes.isEmpty()
                ? List.of()
                : Arrays.stream(agencyCodes.split(";"))
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new ProcedureSummary(
                id,
                code,
                name,
                new vn.civic.procedure.Sector(sectorCode, sectorName),
                status,
                serviceLevel,
                levelCode,
                agencies);
    }

    /** One line for the audit log. */
    String auditSummary() {
        return code + " " + name + " [" + status + (statusReason == null ? "" : ": " + statusReason) + "] version "
                + currentVersionId;
    }
}
