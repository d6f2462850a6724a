package vn.civic.exchange.govstack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file a client uploaded for a required document, waiting for the application that names it. */
@Entity
@Table(name = "govstack_document")
class GovStackDocument {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "document_code", nullable = false, length = 60)
    private String documentCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The dossier code of the application that used it, null while unused. */
    @Column(name = "used_by", length = 60)
    private String usedBy;

    protected GovStackDocument() {}

    GovStackDocument(
            String id,
            String owner,
            String documentCode,
            String fileName,
            String contentType,
            long size,
            String storageKey,
            Instant uploadedAt) {
        this.id = id;
        this.owner = owner;
        this.documentCode = documentCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    void usedBy(String dossierCode) {
        this.usedBy = dossierCode;
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    String documentCode() {
        return documentCode;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    String storageKey() {
        return storageKey;
    }

    String usedBy() {
        return usedBy;
    }
}
