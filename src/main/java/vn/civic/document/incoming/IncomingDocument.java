package vn.civic.document.incoming;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.civic.document.ExchangeStatus;
import vn.civic.document.IncomingDocumentStatusChanged;
import vn.civic.document.ReceivedDocument;
import vn.civic.document.Urgency;
import vn.civic.platform.error.ConflictException;

/**
 * An incoming document (văn bản đến) with the columns of the incoming register (Decree 30/2020 Appendix IV), its
 * files, assignments, opinions and timeline. Every change of state is a method here that checks the status, writes the
 * timeline and, for a document that came through the exchange, registers the status its sender is told.
 */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument extends AbstractAggregateRoot<IncomingDocument> {

    /** Where it came from. */
    public enum Source {
        /** Registered by a clerk from an upload or a scan. */
        UPLOAD,
        /** Arrived through the document exchange. */
        EXCHANGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private IncomingStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(nullable = false)
    private boolean confidential;

    @Column(nullable = false)
    private int urgency;

    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "incoming_number")
    private Long incomingNumber;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, length = 300)
    private String author;

    @Column(name = "author_code", length = 40)
    private String authorCode;

    @Column(name = "number_symbol", nullable = false, length = 60)
    private String numberSymbol;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "type_code", nullable = false, length = 10)
    private String typeCode;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(length = 300)
    private String recipient;

    @Column(name = "recipient_department_id")
    private Long recipientDepartmentId;

    @Column(length = 1000)
    private String notes;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "exchange_document_id", length = 300)
    private String exchangeDocumentId;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 60)
    private String registeredBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "recall_reason", length = 1000)
    private String recallReason;

    @Column(name = "recall_requested_at")
    private Instant recallRequestedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IncomingFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Assignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Handler> handlers = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Opinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<IncomingHistory> history = new ArrayList<>();

    protected IncomingDocument() {}

    /** The register's fields a clerk enters (or corrects when registering a received document). */
    public record RegisterFields(
            boolean confidential,
            Urgency urgency,
            Instant receivedAt,
            String author,
            String numberSymbol,
            LocalDate documentDate,
            String typeCode,
            String summary,
            String recipient,
            Long recipientDepartmentId,
            String notes,
            String signerName,
            Integer pageCount,
            LocalDate dueDate) {}

    /** A document a clerk registers from an upload or a scan: it takes the next incoming number at once. */
    static IncomingDocument registered(long agencyId, RegisterFields f, int year, long number, Act act) {
        IncomingDocument d = new IncomingDocument();
        d.agencyId = agencyId;
        d.source = Source.UPLOAD;
        d.createdAt = act.at();
        d.createdBy = act.actorId();
        d.apply(f);
        d.status = IncomingStatus.REGISTERED;
        d.number(year, number, act);
        d.record(act, "registered", d.numberLabel());
        return d;
    }

    /** A document arrived through the exchange, awaiting a clerk; call {@link #arrived} once it has an id. */
    static IncomingDocument received(ReceivedDocument r, Instant at) {
        IncomingDocument d = new IncomingDocument();
        d.agencyId = r.agencyId();
        d.source = Source.EXCHANGE;
        d.status = IncomingStatus.RECEIVED;
        d.receivedAt = at;
        d.createdAt = at;
        d.createdBy = "system:exchange";
        d.exchangeDocumentId = r.exchangeDocumentId();
        d.confidential = false;
        d.takeOver(r);
        d.record(new Act("system:exchange", r.senderName(), null, at), "received", r.senderName());
        return d;
    }

    /** Tells the sender that the document arrived (status 01). */
    void arrived() {
        tell(ExchangeStatus.ARRIVED, null, null);
    }

    /** The sender replaced the document's metadata while it awaits registration (trace action 2). */
    void updatedBySender(ReceivedDocument r, Act act) {
        if (status == IncomingStatus.RECEIVED) {
            takeOver(r);
            record(act, "updated_by_sender", null);
        } else {
            String note = r.numberSymbol() + " — " + r.summary();
            notes = truncate((notes == null ? "" : notes + "\n") + note, 1000);
            record(act, "update_noted", note);
        }
    }

    private void takeOver(ReceivedDocument r) {
        author = truncate(r.senderName(), 300);
        authorCode = r.senderCode();
        numberSymbol = truncate(r.numberSymbol(), 60);
        documentDate = r.documentDate();
        typeCode = r.typeCode();
        summary = truncate(r.summary(), 1000);
        signerName = truncate(r.signerName(), 200);
        urgency = (r.urgency() == null ? Urgency.NORMAL : r.urgency()).code();
        pageCount = r.pageCount();
        dueDate = r.dueDate();
    }

    /** The clerk registers a received document with the next incoming number (status 03 accepted to the sender). */
    void register(RegisterFields f, int year, long number, Act act) {
        requireStatus(IncomingStatus.RECEIVED);
        apply(f);
        status = IncomingStatus.REGISTERED;
        number(year, number, act);
        record(act, "registered", numberLabel());
        tell(ExchangeStatus.ACCEPTED, null, act.actorName());
    }

    /** The clerk returns a received document to its sender (status 02 rejected, with the reason). */
    void returnToSender(String reason, Act act) {
        requireStatus(IncomingStatus.RECEIVED);
        status = IncomingStatus.RETURNED;
        returnReason = reason;
        record(act, "returned", reason);
        tell(ExchangeStatus.REJECTED, reason, act.actorName());
    }

    /**
     * A leader assigns the registered document with an instruction and a deadline (status 05 to the sender).
     *
     * @param people the handlers with their roles: exactly one lead
     */
    Assignment assign(String instruction, LocalDate deadline, List<Person> people, Act act) {
        requireStatus(IncomingStatus.REGISTERED);
        Assignment a = new Assignment(this, null, act, null, instruction, deadline);
        assignments.add(a);
        people.forEach(p -> handlers.add(new Handler(this, a, p, deadline)));
        status = IncomingStatus.IN_PROGRESS;
        record(act, "assigned", instruction);
        tell(ExchangeStatus.ASSIGNED, instruction, act.actorName());
        return a;
    }

    /** A handler assigns further inside their department: co-handlers and people for information. */
    Assignment subAssign(long departmentId, String instruction, LocalDate deadline, List<Person> people, Act act) {
        requireStatus(IncomingStatus.IN_PROGRESS);
        Handler own =
                openHandler(act.accountId()).orElseThrow(() -> new ConflictException(IncomingError.NOT_A_HANDLER));
        LocalDate due = deadline != null ? deadline : own.deadline();
        Assignment a = new Assignment(this, own.assignment(), act, departmentId, instruction, due);
        assignments.add(a);
        people.forEach(p -> handlers.add(new Handler(this, a, p, due)));
        record(act, "sub_assigned", instruction);
        return a;
    }

    /** A person named on the document records an opinion (ý kiến xử lý). */
    void addOpinion(String content, Act act) {
        requireStatus(IncomingStatus.IN_PROGRESS);
        if (handlers.stream().noneMatch(h -> h.accountId() == act.accountId())) {
            throw new ConflictException(IncomingError.NOT_A_HANDLER);
        }
        opinions.add(new Opinion(this, act, content));
        record(act, "opinion", null);
    }

    /**
     * The handler marks their part done; when the lead handler finishes, the document is closed (status 06 to the
     * sender).
     */
    void finishPart(Act act) {
        requireStatus(IncomingStatus.IN_PROGRESS);
        Handler own =
                openHandler(act.accountId()).orElseThrow(() -> new ConflictException(IncomingError.NOT_A_HANDLER));
        handlers.stream()
                .filter(h -> h.accountId() == act.accountId() && h.role().handles() && h.doneAt() == null)
                .forEach(h -> h.finish(act.at()));
        record(act, "part_finished", null);
        if (own.role() == HandlerRole.LEAD) {
            status = IncomingStatus.CLOSED;
            closedAt = act.at();
            record(act, "closed", null);
            tell(ExchangeStatus.FINISHED, null, act.actorName());
        }
    }

    /** The sender recalls the document (trace action 1); a clerk answers. */
    void recallRequested(String reason, Act act) {
        if (status == IncomingStatus.RETURNED || status == IncomingStatus.RECALLED) {
            throw new ConflictException(IncomingError.ACTION_NOT_ALLOWED);
        }
        recallReason = truncate(reason, 1000);
        recallRequestedAt = act.at();
        record(act, "recall_requested", reason);
    }

    /** The clerk agrees to the recall (15): the document leaves the register's work; or refuses it (16). */
    void answerRecall(boolean agree, String note, Act act) {
        if (recallRequestedAt == null) {
            throw new ConflictException(IncomingError.NO_RECALL);
        }
        recallRequestedAt = null;
        if (agree) {
            status = IncomingStatus.RECALLED;
            record(act, "recall_agreed", note);
            tell(ExchangeStatus.RECALL_AGREED, note, act.actorName());
        } else {
            record(act, "recall_refused", note);
            tell(ExchangeStatus.RECALL_REFUSED, note, act.actorName());
        }
        recallReason = null;
    }

    void addFile(IncomingFile file) {
        files.add(file);
    }

    void replaceFiles(Collection<IncomingFile> replacements) {
        files.clear();
        files.addAll(replacements);
    }

    /** A person chosen for an assignment. */
    public record Person(long accountId, String fullName, Long departmentId, HandlerRole role) {}

    /** The open part of the person on the document: their lead or co-handler row not yet done. */
    Optional<Handler> openHandler(Long accountId) {
        if (accountId == null || status != IncomingStatus.IN_PROGRESS) {
            return Optional.empty();
        }
        return handlers.stream()
                .filter(h -> h.accountId() == accountId && h.role().handles() && h.doneAt() == null)
                .min((a, b) -> a.role().compareTo(b.role()));
    }

    private void apply(RegisterFields f) {
        confidential = f.confidential();
        urgency = (f.urgency() == null ? Urgency.NORMAL : f.urgency()).code();
        receivedAt = f.receivedAt();
        author = f.author();
        numberSymbol = f.numberSymbol();
        documentDate = f.documentDate();
        typeCode = f.typeCode();
        summary = f.summary();
        recipient = f.recipient();
        recipientDepartmentId = f.recipientDepartmentId();
        notes = f.notes();
        signerName = f.signerName();
        pageCount = f.pageCount();
        dueDate = f.dueDate();
    }

    private void number(int year, long number, Act act) {
        registerYear = year;
        incomingNumber = number;
        registeredAt = act.at();
        registeredBy = act.actorId();
    }

    private String numberLabel() {
        return incomingNumber + "/" + registerYear;
    }

    private void requireStatus(IncomingStatus... allowed) {
        Set<IncomingStatus> ok = EnumSet.noneOf(IncomingStatus.class);
        ok.addAll(List.of(allowed));
        if (!ok.contains(status)) {
            throw new ConflictException(IncomingError.ACTION_NOT_ALLOWED);
        }
    }

    private void record(Act act, String action, String note) {
        history.add(new IncomingHistory(this, act, action, truncate(note, 2000)));
    }

    /** Only a document that came through the exchange has a sender to tell. */
    private void tell(ExchangeStatus exchangeStatus, String description, String staffName) {
        if (source == Source.EXCHANGE && id != null) {
            registerEvent(new IncomingDocumentStatusChanged(
                    id, agencyId, exchangeDocumentId, authorCode, exchangeStatus, description, staffName));
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public long agencyId() {
        return agencyId;
    }

    public IncomingStatus status() {
        return status;
    }

    public Source source() {
        return source;
    }

    public boolean confidential() {
        return confidential;
    }

    public Urgency urgency() {
        return Urgency.ofCode(urgency);
    }

    public Integer registerYear() {
        return registerYear;
    }

    public Long incomingNumber() {
        return incomingNumber;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String author() {
        return author;
    }

    public String authorCode() {
        return authorCode;
    }

    public String numberSymbol() {
        return numberSymbol;
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public String typeCode() {
        return typeCode;
    }

    public String summary() {
        return summary;
    }

    public String recipient() {
        return recipient;
    }

    public Long recipientDepartmentId() {
        return recipientDepartmentId;
    }

    public String notes() {
        return notes;
    }

    public String signerName() {
        return signerName;
    }

    public Integer pageCount() {
        return pageCount;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String exchangeDocumentId() {
        return exchangeDocumentId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public String recallReason() {
        return recallReason;
    }

    public Instant recallRequestedAt() {
        return recallRequestedAt;
    }

    public long version() {
        return version;
    }

    public List<IncomingFile> files() {
        return List.copyOf(files);
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public List<Handler> handlers() {
        return List.copyOf(handlers);
    }

    public List<Opinion> opinions() {
        return List.copyOf(opinions);
    }

    public List<IncomingHistory> history() {
        return List.copyOf(history);
    }
}
