package vn.civic.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A dossier brought in by a migration import, with the fingerprint of the row it came from: importing the same row
 * again is recognised and skipped.
 */
@Entity
@Table(name = "dossier_import")
public class DossierImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    /** SHA-256 (hex) of the row's content. */
    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "source_name", length = 255)
    private String sourceName;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    protected DossierImportRecord() {}

    public DossierImportRecord(
            String dossierCode,
            long dossierId,
            String fingerprint,
            String sourceName,
            Instant importedAt,
            String importedBy) {
        this.dossierCode = dossierCode;
        this.dossierId = dossierId;
        this.fingerprint = fingerprint;
        this.sourceName = sourceName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
