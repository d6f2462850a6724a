package vn.civic.document.incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentNumbers;
import vn.civic.document.DocumentTypes;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;

/**
 * What people do with incoming documents: a clerk registers one (from an upload, or one received through the
 * exchange) or returns it; a leader assigns it; handlers assign further inside their department, give opinions and
 * finish their part; a clerk answers a recall. Each call is one transaction that checks who acts, changes the document
 * through its own methods, names the people who may read it, re-indexes it and audits the change; a document the
 * caller may not read is not found.
 */
@Service
public class IncomingHandling {

    private final IncomingDocuments documents;
    private final IncomingFileStore files;
    private final IncomingIndexer indexer;
    private final DocumentNumbers numbers;
    private final DocumentAccess access;
    private final DocumentTypes types;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final Clock clock;

    IncomingHandling(
            IncomingDocuments documents,
            IncomingFileStore files,
            IncomingIndexer indexer,
            DocumentNumbers numbers,
            DocumentAccess access,
            DocumentTypes types,
            AccountDirectory accounts,
            AuditLog audit,
            OrgDirectory org,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.indexer = indexer;
        this.numbers = numbers;
        this.access = access;
        this.types = types;
        this.accounts = accounts;
        this.audit = audit;
        this.org = org;
        this.clock = clock;
    }

    // ---- registering

    /**
     * Registers a document a clerk uploaded with the next number of the agency's incoming register for the year (the
     * confidential register for a confidential one). Every refused field is reported at once and nothing is written.
     *
     * @return the document's id
     */
    @Transactional
    public long register(RegisterCommand c, List<Upload> uploads) {
        requirePrivilege(Privilege.DOCUMENT_REGISTER);
        Actor actor = actor();
        long agencyId = agencyOf(actor);
        List<FieldViolation> violations = new ArrayList<>(check(c, agencyId, null));
        if (uploads == null || uploads.stream().allMatch(u -> u.content() == null || u.content().length == 0)) {
            violations.add(IncomingForms.violation("files", IncomingError.FILE_REQUIRED));
        } else {
            violations.addAll(IncomingFileStore.check(nonEmpty(uploads)));
        }
        IncomingForms.refuseIfAny(violations);
        Act act = act(actor);
        DocumentNumbers.RegisterNumber number = numbers.next(DocumentKind.INCOMING, agencyId, c.confidential());
        IncomingDocument d = IncomingDocument.registered(agencyId, fields(c), number.year(), number.number(), act);
        for (Upload upload : nonEmpty(uploads)) {
            d.addFile(files.store(d, upload, act.at()));
        }
        d = documents.saveAndFlush(d);
        nameOnConfidential(d, c, act);
        indexer.index(d);
        audit.record(AuditRecord.change("incoming.registered", "IncomingDocument", d.id(), null, summaryOf(d)));
        return d.id();
    }

    /** Registers a document received through the exchange (the sender is told "03 accepted"). */
    @Transactional
    public void registerReceived(long id, Long version, RegisterCommand c) {
        requirePrivilege(Privilege.DOCUMENT_REGISTER);
        IncomingDocument d = readable(id, version);
        IncomingForms.refuseIfAny(check(c, d.agencyId(), d.id()));
        if (d.status() != IncomingStatus.RECEIVED) {
            throw new ConflictException(IncomingError.ACTION_NOT_ALLOWED);
        }
        Act act = act(actor());
        String before = summaryOf(d);
        DocumentNumbers.RegisterNumber number = numbers.next(DocumentKind.INCOMING, d.agencyId(), c.confidential());
        d.register(fields(c), number.year(), number.number(), act);
        d = documents.saveAndFlush(d);
        nameOnConfidential(d, c, act);
        indexer.index(d);
        audit.record(AuditRecord.change("incoming.registered", "IncomingDocument", d.id(), before, summaryOf(d)));
    }

    /** Returns a received document to its sender with the reason (the sender is told "02 rejected"). */
    @Transactional
    public void returnToSender(long id, Long version, String reason) {
        requirePrivilege(Privilege.DOCUMENT_REGISTER);
        IncomingDocument d = readable(id, version);
        String why = IncomingForms.trim(reason);
        if (why == null) {
            IncomingForms.refuseIfAny(List.of(IncomingForms.violation("reason", IncomingError.FIELD_REQUIRED)));
        }
        checkLength(why, 1000, "reason");
        d.returnToSender(why, act(actor()));
        save(d, "incoming.returned", IncomingStatus.RECEIVED.name());
    }

    // ---- assigning and handling

    /** A leader assigns the registered document to a lead handler, co-handlers and people for information. */
    @Transactional
    public void assign(long id, Long version, AssignCommand c) {
        requirePrivilege(Privilege.DOCUMENT_ASSIGN);
        IncomingDocument d = readable(id, version);
        Act act = personAct();
        List<FieldViolation> violations = new ArrayList<>();
        checkAssignment(c, violations);
        if (c.leadAccountId() == null) {
            violations.add(IncomingForms.violation("leadAccountId", IncomingError.LEAD_REQUIRED));
        }
        List<IncomingDocument.Person> people = people(c, d.agencyId(), null, violations);
        IncomingForms.refuseIfAny(violations);
        String before = d.status().name();
        d.assign(IncomingForms.trim(c.instruction()), c.deadline(), people, act);
        access.grant(DocumentKind.INCOMING, d.id(), act.accountId(), AccessReason.ASSIGNER);
        grant(d, people);
        save(d, "incoming.assigned", before);
    }

    /** A handler with an open part assigns further inside their own department. */
    @Transactional
    public void subAssign(long id, Long version, AssignCommand c) {
        requirePrivilege(Privilege.DOCUMENT_HANDLE);
        IncomingDocument d = readable(id, version);
        Act act = personAct();
        if (d.openHandler(act.accountId()).isEmpty()) {
            throw new ConflictException(
                    d.status() == IncomingStatus.IN_PROGRESS
                            ? IncomingError.NOT_A_HANDLER
                            : IncomingError.ACTION_NOT_ALLOWED);
        }
        Long department = accounts.findById(act.accountId())
                .map(AccountView::departmentId)
                .orElse(null);
        if (department == null) {
            throw new ConflictException(IncomingError.NO_DEPARTMENT);
        }
        List<FieldViolation> violations = new ArrayList<>();
        checkAssignment(c, violations);
        LocalDate own = d.openHandler(act.accountId()).map(Handler::deadline).orElse(null);
        if (c.deadline() != null && own != null && c.deadline().isAfter(own)) {
            violations.add(IncomingForms.violation("deadline", IncomingError.DEADLINE_AFTER_OWN, own));
        }
        AssignCommand withoutLead =
                new AssignCommand(c.instruction(), c.deadline(), null, c.coHandlers(), c.information());
        List<IncomingDocument.Person> people = people(withoutLead, d.agencyId(), department, violations);
        if (people.isEmpty() && violations.isEmpty()) {
            violations.add(IncomingForms.violation("coHandlers", IncomingError.FIELD_REQUIRED));
        }
        IncomingForms.refuseIfAny(violations);
        d.subAssign(department, IncomingForms.trim(c.instruction()), c.deadline(), people, act);
        access.grant(DocumentKind.INCOMING, d.id(), act.accountId(), AccessReason.ASSIGNER);
        grant(d, people);
        save(d, "incoming.sub_assigned", d.status().name());
    }

    /** A person named on the assigned document records an opinion. */
    @Transactional
    public void addOpinion(long id, Long version, String content) {
        requirePrivilege(Privilege.DOCUMENT_HANDLE);
        IncomingDocument d = readable(id, version);
        String text = IncomingForms.trim(content);
        if (text == null) {
            IncomingForms.refuseIfAny(List.of(IncomingForms.violation("content", IncomingError.FIELD_REQUIRED)));
        }
        checkLength(text, 4000, "content");
        d.addOpinion(text, personAct());
        save(d, "incoming.opinion_added", d.status().name());
    }

    /** The handler marks their part done; the lead handler's finishing closes the document. */
    @Transactional
    public void finishPart(long id, Long version) {
        requirePrivilege(Privilege.DOCUMENT_HANDLE);
        IncomingDocument d = readable(id, version);
        String before = d.status().name();
        d.finishPart(personAct());
        save(d, d.status() == IncomingStatus.CLOSED ? "incoming.closed" : "incoming.part_finished", before);
    }

    /** The clerk agrees to the sender's recall (15) or refuses it (16). */
    @Transactional
    public void answerRecall(long id, Long version, boolean agree, String note) {
        requirePrivilege(Privilege.DOCUMENT_REGISTER);
        IncomingDocument d = readable(id, version);
        String text = IncomingForms.trim(note);
        checkLength(text, 1000, "note");
        String before = d.status().name();
        d.answerRecall(agree, text, act(actor()));
        save(d, agree ? "incoming.recall_agreed" : "incoming.recall_refused", before);
    }

    // ---- reading

    /** The document with what the caller may do; not found when the caller may not read it. */
    @Transactional(readOnly = true)
    public IncomingView get(long id) {
        IncomingDocument d = readable(id, null);
        return view(d);
    }

    /** A file of a readable document, with its content to stream. */
    @Transactional(readOnly = true)
    public FileContent file(long id, long fileId) {
        IncomingDocument d = readable(id, null);
        IncomingFile f = d.files().stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(IncomingError.FILE_NOT_FOUND));
        return new FileContent(f.fileName(), f.contentType(), files.read(f));
    }

    /** A file's name, type and bytes. */
    public record FileContent(String fileName, String contentType, byte[] content) {}

    /** The active staff of the caller's agency, by name, for the assignment forms. */
    public List<AccountView> staffOfMyAgency() {
        return CurrentActor.get().map(Actor::agencyId).map(accounts::activeStaffOf).orElse(List.of()).stream()
                .filter(a -> a.privileges().contains(Privilege.DOCUMENT_HANDLE))
                .toList();
    }

    /** The caller's department (for sub-assignment), or null. */
    public Long myDepartment() {
        return CurrentActor.get()
                .flatMap(DocumentAccess::accountId)
                .flatMap(accounts::findById)
                .map(AccountView::departmentId)
                .orElse(null);
    }

    IncomingView view(IncomingDocument d) {
        Long me = CurrentActor.get().flatMap(DocumentAccess::accountId).orElse(null);
        Set<IncomingView.Action> actions = EnumSet.noneOf(IncomingView.Action.class);
        boolean sameAgency = CurrentActor.get()
                .map(a -> a.agencyId() != null && a.agencyId() == d.agencyId())
                .orElse(false);
        boolean clerk = sameAgency && CurrentActor.has(Privilege.DOCUMENT_REGISTER);
        if (clerk && d.status() == IncomingStatus.RECEIVED) {
            actions.add(IncomingView.Action.REGISTER);
            actions.add(IncomingView.Action.RETURN);
        }
        if (clerk && d.recallRequestedAt() != null) {
            actions.add(IncomingView.Action.ANSWER_RECALL);
        }
        if (sameAgency
                && me != null
                && CurrentActor.has(Privilege.DOCUMENT_ASSIGN)
                && d.status() == IncomingStatus.REGISTERED) {
            actions.add(IncomingView.Action.ASSIGN);
        }
        var own = d.openHandler(me);
        if (own.isPresent() && CurrentActor.has(Privilege.DOCUMENT_HANDLE)) {
            actions.add(IncomingView.Action.FINISH);
            actions.add(IncomingView.Action.SUB_ASSIGN);
        }
        if (me != null
                && d.status() == IncomingStatus.IN_PROGRESS
                && CurrentActor.has(Privilege.DOCUMENT_HANDLE)
                && d.handlers().stream().anyMatch(h -> h.accountId() == me)) {
            actions.add(IncomingView.Action.OPINION);
        }
        Map<Long, List<IncomingView.HandlerView>> byAssignment = new LinkedHashMap<>();
        for (Handler h : d.handlers()) {
            byAssignment
                    .computeIfAbsent(h.assignment().id(), k -> new ArrayList<>())
                    .add(new IncomingView.HandlerView(h.accountId(), h.fullName(), h.role(), h.deadline(), h.doneAt()));
        }
        return new IncomingView(
                d.id(),
                d.agencyId(),
                d.status(),
                d.source().name(),
                d.confidential(),
                d.urgency(),
                d.registerYear(),
                d.incomingNumber(),
                d.receivedAt(),
                d.author(),
                d.numberSymbol(),
                d.documentDate(),
                d.typeCode(),
                d.summary(),
                d.recipient(),
                d.recipientDepartmentId(),
                d.notes(),
                d.signerName(),
                d.pageCount(),
                d.dueDate(),
                d.exchangeDocumentId(),
                d.closedAt(),
                d.returnReason(),
                d.recallReason(),
                d.recallRequestedAt() != null,
                d.version(),
                d.files().stream()
                        .map(f -> new IncomingView.FileView(f.id(), f.fileName(), f.contentType(), f.sizeBytes()))
                        .toList(),
                d.assignments().stream()
                        .map(a -> new IncomingView.AssignmentView(
                                a.id(),
                                a.parent() == null ? null : a.parent().id(),
                                a.assignerName(),
                                a.instruction(),
                                a.deadline(),
                                a.assignedAt(),
                                byAssignment.getOrDefault(a.id(), List.of())))
                        .toList(),
                d.opinions().stream()
                        .map(o -> new IncomingView.OpinionView(o.fullName(), o.content(), o.createdAt()))
                        .toList(),
                d.history().stream()
                        .map(h -> new IncomingView.HistoryView(h.actorName(), h.at(), h.action(), h.note()))
                        .toList(),
                actions,
                own.map(Handler::deadline).orElse(null));
    }

    // ---- helpers

    /** The document when the caller may read it, at the version the page showed (when given). */
    IncomingDocument readable(long id, Long version) {
        IncomingDocument d = documents
                .findById(id)
                .filter(x -> access.canRead(DocumentKind.INCOMING, x.id(), x.agencyId(), x.confidential()))
                .orElseThrow(() -> new NotFoundException(IncomingError.NOT_FOUND, id));
        if (version != null && version != d.version()) {
            throw new ConflictException(IncomingError.STALE);
        }
        return d;
    }

    private List<FieldViolation> check(RegisterCommand c, long agencyId, Long exceptId) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        required(v, "receivedDate", c.receivedDate());
        required(v, "author", IncomingForms.trim(c.author()));
        required(v, "numberSymbol", IncomingForms.trim(c.numberSymbol()));
        required(v, "documentDate", c.documentDate());
        required(v, "summary", IncomingForms.trim(c.summary()));
        if (IncomingForms.trim(c.typeCode()) == null) {
            v.add(IncomingForms.violation("typeCode", IncomingError.FIELD_REQUIRED));
        } else if (types.find(c.typeCode()).isEmpty()) {
            v.add(IncomingForms.violation("typeCode", vn.civic.document.DocumentError.TYPE_UNKNOWN));
        }
        length(v, "author", c.author(), 300);
        length(v, "numberSymbol", c.numberSymbol(), 60);
        length(v, "summary", c.summary(), 1000);
        length(v, "recipient", c.recipient(), 300);
        length(v, "notes", c.notes(), 1000);
        length(v, "signerName", c.signerName(), 200);
        if (c.receivedDate() != null && c.receivedDate().isAfter(today)) {
            v.add(IncomingForms.violation("receivedDate", IncomingError.DATE_INVALID));
        }
        if (c.documentDate() != null
                && (c.documentDate().isAfter(today)
                        || (c.receivedDate() != null && c.documentDate().isAfter(c.receivedDate())))) {
            v.add(IncomingForms.violation("documentDate", IncomingError.DATE_INVALID));
        }
        if (c.pageCount() != null && (c.pageCount() < 1 || c.pageCount() > 100_000)) {
            v.add(IncomingForms.violation("pageCount", IncomingError.FIELD_TOO_LONG));
        }
        Set<Long> staff = staffIds(agencyId);
        if (c.confidential() && !staff.containsAll(c.named())) {
            v.add(IncomingForms.violation("named", IncomingError.HANDLER_INVALID));
        }
        if (c.recipientDepartmentId() != null
                && org.findDepartment(c.recipientDepartmentId())
                        .filter(dep -> dep.agencyId() == agencyId)
                        .isEmpty()) {
            v.add(IncomingForms.violation("recipientDepartmentId", IncomingError.HANDLER_INVALID));
        }
        String symbol = IncomingForms.trim(c.numberSymbol());
        String author = IncomingForms.trim(c.author());
        if (v.isEmpty() && symbol != null && author != null) {
            // Decree 30/2020 Art. 22: one entry per document; the same sender's number and symbol twice in a year is a
            // second copy of a document already registered
            int year = LocalDate.now(clock.withZone(CivicTime.ZONE)).getYear();
            List<Long> taken = documents.registeredNumbers(
                    agencyId, year, symbol.toLowerCase(Locale.ROOT), author.toLowerCase(Locale.ROOT), exceptId);
            if (!taken.isEmpty()) {
                v.add(IncomingForms.violation("numberSymbol", IncomingError.DUPLICATE, symbol, taken.getFirst()));
            }
        }
        return v;
    }

    private static void required(List<FieldViolation> v, String field, Object value) {
        if (value == null) {
            v.add(IncomingForms.violation(field, IncomingError.FIELD_REQUIRED));
        }
    }

    private static void length(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            v.add(IncomingForms.violation(field, IncomingError.FIELD_TOO_LONG, max));
        }
    }

    private static void checkLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            IncomingForms.refuseIfAny(List.of(IncomingForms.violation(field, IncomingError.FIELD_TOO_LONG, max)));
        }
    }

    private void checkAssignment(AssignCommand c, List<FieldViolation> v) {
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        if (c.deadline() != null && c.deadline().isBefore(today)) {
            v.add(IncomingForms.violation("deadline", IncomingError.DEADLINE_PAST));
        }
        if (c.instruction() != null && c.instruction().strip().length() > 2000) {
            v.add(IncomingForms.violation("instruction", IncomingError.FIELD_TOO_LONG, 2000));
        }
    }

    /**
     * The people of an assignment, each once in their most engaged role (lead, then co-handler, then information);
     * each must be active staff of the agency and, inside a department, of that department.
     */
    private List<IncomingDocument.Person> people(
            AssignCommand c, long agencyId, Long department, List<FieldViolation> violations) {
        Map<Long, AccountView> staff = new LinkedHashMap<>();
        accounts.activeStaffOf(agencyId).stream()
                .filter(a -> a.privileges().contains(Privilege.DOCUMENT_HANDLE))
                .filter(a -> department == null || Objects.equals(department, a.departmentId()))
                .forEach(a -> staff.put(a.id(), a));
        Map<Long, HandlerRole> roles = new LinkedHashMap<>();
        if (c.leadAccountId() != null) {
            roles.put(c.leadAccountId(), HandlerRole.LEAD);
        }
        c.coHandlers().forEach(id -> roles.putIfAbsent(id, HandlerRole.CO_HANDLER));
        c.information().forEach(id -> roles.putIfAbsent(id, HandlerRole.INFORMATION));
        List<IncomingDocument.Person> people = new ArrayList<>();
        for (Map.Entry<Long, HandlerRole> e : roles.entrySet()) {
            AccountView a = staff.get(e.getKey());
            if (a == null) {
                String field = switch (e.getValue()) {
                    case LEAD -> "leadAccountId";
                    case CO_HANDLER -> "coHandlers";
                    case INFORMATION -> "information";
                };
                violations.add(IncomingForms.violation(field, IncomingError.HANDLER_INVALID));
            } else {
                people.add(new IncomingDocument.Person(a.id(), a.fullName(), a.departmentId(), e.getValue()));
            }
        }
        return people;
    }

    private void grant(IncomingDocument d, List<IncomingDocument.Person> people) {
        for (IncomingDocument.Person p : people) {
            access.grant(DocumentKind.INCOMING, d.id(), p.accountId(), p.role().reason());
        }
    }

    private void nameOnConfidential(IncomingDocument d, RegisterCommand c, Act act) {
        if (!c.confidential()) {
            return;
        }
        if (act.accountId() != null) {
            access.grant(DocumentKind.INCOMING, d.id(), act.accountId(), AccessReason.NAMED);
        }
        for (Long named : c.named()) {
            access.grant(DocumentKind.INCOMING, d.id(), named, AccessReason.NAMED);
        }
    }

    private Set<Long> staffIds(long agencyId) {
        return new java.util.HashSet<>(
                accounts.activeStaffOf(agencyId).stream().map(AccountView::id).toList());
    }

    private void save(IncomingDocument d, String action, String before) {
        IncomingDocument saved = documents.saveAndFlush(d);
        indexer.index(saved);
        audit.record(AuditRecord.change(
                action, "IncomingDocument", saved.id(), before, saved.status().name()));
    }

    private IncomingDocument.RegisterFields fields(RegisterCommand c) {
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        Instant receivedAt = c.receivedDate().equals(today)
                ? clock.instant()
                : c.receivedDate()
                        .atTime(LocalTime.of(8, 0))
                        .atZone(CivicTime.ZONE)
                        .toInstant();
        return new IncomingDocument.RegisterFields(
                c.confidential(),
                c.urgency(),
                receivedAt,
                IncomingForms.trim(c.author()),
                IncomingForms.trim(c.numberSymbol()),
                c.documentDate(),
                c.typeCode(),
                IncomingForms.trim(c.summary()),
                IncomingForms.trim(c.recipient()),
                c.recipientDepartmentId(),
                IncomingForms.trim(c.notes()),
                IncomingForms.trim(c.signerName()),
                c.pageCount(),
                c.dueDate());
    }

    private static List<Upload> nonEmpty(List<Upload> uploads) {
        return uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0)
                .toList();
    }

    private static String summaryOf(IncomingDocument d) {
        return d.status() + " " + (d.incomingNumber() == null ? "" : d.incomingNumber() + "/" + d.registerYear() + " ")
                + d.numberSymbol();
    }

    private static void requirePrivilege(Privilege privilege) {
        if (!CurrentActor.has(privilege)) {
            throw new ConflictException(IncomingError.ACTION_NOT_ALLOWED);
        }
    }

    private static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new ConflictException(IncomingError.ACTION_NOT_ALLOWED));
    }

    private static long agencyOf(Actor actor) {
        if (actor.agencyId() == null) {
            throw new ConflictException(IncomingError.ACTION_NOT_ALLOWED);
        }
        return actor.agencyId();
    }

    private Act act(Actor actor) {
        return new Act(
                actor.actorId(),
                actor.displayName(),
                DocumentAccess.accountId(actor).orElse(null),
                clock.instant());
    }

    /** The act of a signed-in person: assigning and handling need an account. */
    private Act personAct() {
        Act act = act(actor());
        if (act.accountId() == null) {
            throw new ConflictException(IncomingError.NOT_A_HANDLER);
        }
        return act;
    }
}
