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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.platform.storage.StoredFile;

/**
 * A file (or a paper copy the counter received) for one required document, or a result file. Round 0 is the filing;
 * round n the n-th supplement.
 */
@Entity
@Table(name = "dossier_attachment")
public class Attachment {

    public enum Purpose {
        SUBMITTED,
        RESULT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Purpose purpose;

    @Column(name = "document_code", nullable = false, length = 60)
    private String documentCode;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private boolean paper;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 50)
    private String contentType;

    @Column(name = "size_bytes")
    private Long size;

    @Column(length = 64)
    private String sha256;

    @Column(name = "storage_key", length = 100)
    private String storageKey;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    /** The attachment of an earlier dossier this one reuses from the applicant's data store; null for a new file. */
    @Column(name = "reused_from_id")
    private Long reusedFromId;

    /** A signed electronic result the platform generated (kết quả điện tử), not a file someone uploaded. */
    @Column(nullable = false)
    private boolean electronic;

    /** The number an electronic result was issued under, e.g. {@code 12/UBND}; null otherwise. */
    @Column(name = "document_number", length = 60)
    private String documentNumber;

    protected Attachment() {}

    private Attachment(Purpose purpose, String documentCode, int round, Act act) {
        this.purpose = purpose;
        this.documentCode = documentCode;
        this.round = round;
        this.addedAt = act.at();
        this.addedBy = act.actorName();
    }

    /** A stored file whose type was checked against its name. */
    public static Attachment file(Purpose purpose, String documentCode, String fileName, StoredFile file, Act act) {
        Attachment attachment = new Attachment(purpose, documentCode, 0, act);
        attachment.fileName = fileName;
        attachment.contentType = file.type().mediaType();
        attachment.size = file.size();
        attachment.sha256 = file.sha256();
        attachment.storageKey = file.key();
        return attachment;
    }

    /**
     * A file from the applicant's data store used again for a required document: the stored file is shared, not
     * copied, and the attachment records which one it reuses.
     */
    public static Attachment reused(String documentCode, Attachment source, Act act) {
        if (source.paper || source.storageKey == null) {
            throw new IllegalArgumentException("Only a stored file can be reused");
        }
        Attachment attachment = new Attachment(Purpose.SUBMITTED, documentCode, 0, act);
        attachment.fileName = source.fileName;
        attachment.contentType = source.contentType;
        attachment.size = source.size;
        attachment.sha256 = source.sha256;
        attachment.storageKey = source.storageKey;
        attachment.reusedFromId = source.reusedFromId == null ? source.id : source.reusedFromId;
        return attachment;
    }

    /** The signed electronic result generated from the dossier's data, issued under {@code documentNumber}. */
    public static Attachment electronicResult(
            String resultCode, String fileName, String documentNumber, StoredFile file, Act act) {
        Attachment attachment = file(Purpose.RESULT, resultCode, fileName, file, act);
        attachment.electronic = true;
        attachment.documentNumber = documentNumber;
        return attachment;
    }

    /** The counter received the document on paper. */
    public static Attachment paper(String documentCode, Act act) {
        Attachment attachment = new Attachment(Purpose.SUBMITTED, documentCode, 0, act);
        attachment.paper = true;
        return attachment;
    }

    void attachTo(Dossier owner, int inRound) {
        this.dossier = owner;
        this.round = inRound;
    }

    public Long id() {
        return id;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String documentCode() {
        return documentCode;
    }

    public int round() {
        return round;
    }

    public boolean paper() {
        return paper;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Long reusedFromId() {
        return reusedFromId;
    }

    public Dossier dossier() {
        return dossier;
    }

    public boolean electronic() {
        return electronic;
    }

    public String documentNumber() {
        return documentNumber;
    }
}
