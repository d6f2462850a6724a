package vn.civic.document.outgoing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.civic.document.OutgoingDocumentIssued;
import vn.civic.document.OutgoingDocumentRecalled;
import vn.civic.document.Urgency;
import vn.civic.platform.error.ConflictException;

/**
 * An outgoing document (văn bản đi): a draft consulted, reviewed and approved step by step, then numbered, signed,
 * sealed and issued, perhaps recalled. Every change of status is a method here that checks the present status
 * (decision 0027); services check who acts.
 */
@Entity
@Table(name = "outgoing_document")
class OutgoingDocument extends AbstractAggregateRoot<OutgoingDocument> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OutgoingStatus status;

    @Column(nullable = false)
    private boolean confidential;

    @Column(nullable = false)
    private int urgency;

    @Column(name = "steering_type", nullable = false)
    private int steeringType;

    @Column(name = "type_code", nullable = false, length = 10)
    private String typeCode;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "drafted_by_account_id", nullable = false)
    private long draftedByAccountId;

    @Column(name = "signer_account_id")
    private Long signerAccountId;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signer_position", length = 200)
    private String signerPosition;

    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "outgoing_number")
    private Long outgoingNumber;

    @Column(name = "number_symbol", length = 60)
    private String numberSymbol;

    @Column(name = "issued_date")
    private LocalDate issuedDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "file_copy_keeper", length = 300)
    private String fileCopyKeeper;

    private Integer copies;

    @Column(length = 1000)
    private String notes;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 60)
    private String issuedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "current_step")
    private Integer currentStep;

    @Column(name = "replaces_document_id")
    private Long replacesDocumentId;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    @Column(name = "recall_reason", length = 1000)
    private String recallReason;

    protected OutgoingDocument() {}

    static OutgoingDocument draft(
            long agencyId,
            Long departmentId,
            String typeCode,
            String summary,
            boolean confidential,
            Urgency urgency,
            LocalDate dueDate,
            String notes,
            Long replacesDocumentId,
            long drafterAccountId,
            String actorId,
            Instant at) {
        OutgoingDocument d = new OutgoingDocument();
        d.agencyId = agencyId;
        d.departmentId = departmentId;
        d.status = OutgoingStatus.DRAFT;
        d.confidential = confidential;
        d.urgency = urgency.code();
        d.steeringType = 1; // edXML SteeringType 1: not a directive
        d.typeCode = typeCode;
        d.summary = summary;
        d.dueDate = dueDate;
        d.notes = notes;
        d.replacesDocumentId = replacesDocumentId;
        d.draftedByAccountId = drafterAccountId;
        d.createdAt = at;
        d.createdBy = actorId;
        return d;
    }

    private void require(Set<OutgoingStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ConflictException(OutgoingError.ACTION_NOT_ALLOWED, status.name());
        }
    }

    /** A new file version is added: only while the drafter may still change it. */
    void checkEditable() {
        require(Set.of(OutgoingStatus.DRAFT, OutgoingStatus.IN_CONSULTATION));
    }

    /** Recipients may be named until it is issued. */
    void checkRecipientsEditable() {
        require(Set.of(
                OutgoingStatus.DRAFT,
                OutgoingStatus.IN_CONSULTATION,
                OutgoingStatus.IN_REVIEW,
                OutgoingStatus.IN_APPROVAL,
                OutgoingStatus.APPROVED));
    }

    /** Asks for opinions; consulting again while in consultation adds people. */
    void startConsultation() {
        require(Set.of(OutgoingStatus.DRAFT, OutgoingStatus.IN_CONSULTATION));
        status = OutgoingStatus.IN_CONSULTATION;
    }

    /** Sends the draft to its first step; this ends any consultation (not run beside review, decision 0027). */
    void submit(WorkflowStep first) {
        require(Set.of(OutgoingStatus.DRAFT, OutgoingStatus.IN_CONSULTATION));
        enter(first);
    }

    private void enter(WorkflowStep step) {
        currentStep = step.order();
        status = step.kind() == WorkflowStep.Kind.REVIEW ? OutgoingStatus.IN_REVIEW : OutgoingStatus.IN_APPROVAL;
    }

    /** The present step approved: on to the next, or approved when it was the last. */
    void approveStep(WorkflowStep next) {
        require(Set.of(OutgoingStatus.IN_REVIEW, OutgoingStatus.IN_APPROVAL));
        if (next == null) {
            currentStep = null;
            status = OutgoingStatus.APPROVED;
        } else {
            enter(next);
        }
    }

    /** The leader who approved last signs the document when it is issued. */
    void nameSigner(long accountId, String name, String position) {
        signerAccountId = accountId;
        signerName = name;
        signerPosition = position;
    }

    /** Sent back to the drafter with a comment: a draft again, to start from the first step when resubmitted. */
    void sendBack() {
        require(Set.of(OutgoingStatus.IN_REVIEW, OutgoingStatus.IN_APPROVAL));
        currentStep = null;
        status = OutgoingStatus.DRAFT;
    }

    /** Numbered, signed, sealed and issued (Decree 30/2020 Art. 15): one transaction with the number. */
    void issue(
            int year,
            long number,
            String symbol,
            LocalDate date,
            Instant at,
            String actorId,
            Integer copies,
            String fileCopyKeeper) {
        require(Set.of(OutgoingStatus.APPROVED));
        this.copies = copies;
        this.fileCopyKeeper = fileCopyKeeper;
        registerYear = year;
        outgoingNumber = number;
        numberSymbol = symbol;
        issuedDate = date;
        issuedAt = at;
        issuedBy = actorId;
        status = OutgoingStatus.ISSUED;
        registerEvent(new OutgoingDocumentIssued(id, agencyId));
    }

    /** Thu hồi: the recipients are told; the number stays taken. */
    void recall(String reason, Instant at) {
        require(Set.of(OutgoingStatus.ISSUED));
        status = OutgoingStatus.RECALLED;
        recalledAt = at;
        recallReason = reason;
        registerEvent(new OutgoingDocumentRecalled(id, agencyId, false, reason));
    }

    Long id() {
        return id;
    }

    long agencyId() {
        return agencyId;
    }

    Long departmentId() {
        return departmentId;
    }

    OutgoingStatus status() {
        return status;
    }

    boolean confidential() {
        return confidential;
    }

    Urgency urgency() {
        return Urgency.ofCode(urgency);
    }

    int steeringType() {
        return steeringType;
    }

    String typeCode() {
        return typeCode;
    }

    String summary() {
        return summary;
    }

    long draftedByAccountId() {
        return draftedByAccountId;
    }

    Long signerAccountId() {
        return signerAccountId;
    }

    String signerName() {
        return signerName;
    }

    String signerPosition() {
        return signerPosition;
    }

    Integer registerYear() {
        return registerYear;
    }

    Long outgoingNumber() {
        return outgoingNumber;
    }

    String numberSymbol() {
        return numberSymbol;
    }

    LocalDate issuedDate() {
        return issuedDate;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Integer copies() {
        return copies;
    }

    String notes() {
        return notes;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    Integer currentStep() {
        return currentStep;
    }

    Long replacesDocumentId() {
        return replacesDocumentId;
    }

    Instant recalledAt() {
        return recalledAt;
    }

    String recallReason() {
        return recallReason;
    }
}
