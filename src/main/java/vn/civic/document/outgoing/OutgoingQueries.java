package vn.civic.document.outgoing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.document.outgoing.OutgoingView.Action;
import vn.civic.document.outgoing.OutgoingView.ConsultationView;
import vn.civic.document.outgoing.OutgoingView.FileView;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/** Reading outgoing documents: one document with what the reader may do, the staff's lists, the files. */
@Service
@Transactional(readOnly = true)
public class OutgoingQueries {

    private static final Set<OutgoingStatus> UNISSUED = EnumSet.of(
            OutgoingStatus.DRAFT,
            OutgoingStatus.IN_CONSULTATION,
            OutgoingStatus.IN_REVIEW,
            OutgoingStatus.IN_APPROVAL,
            OutgoingStatus.APPROVED);
    private static final int LIST_LIMIT = 100;

    private final OutgoingSupport s;
    private final DocumentTypes types;
    private final WorkflowConfiguration workflow;

    OutgoingQueries(OutgoingSupport support, DocumentTypes types, WorkflowConfiguration workflow) {
        this.s = support;
        this.types = types;
        this.workflow = workflow;
    }

    /** The document as the current reader sees it; not found when out of reach. */
    public OutgoingView view(long id) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        List<FileView> files = s.records.files(d.id());
        List<ConsultationView> consultations = s.records.consultations(d.id());
        List<WorkflowStep> steps = workflow.stepsFor(d.agencyId(), d.typeCode());
        boolean drafter = s.isDrafter(d, me);
        boolean clerk =
                CurrentActor.has(Privilege.DOCUMENT_REGISTER) && me.agencyId() != null && me.agencyId() == d.agencyId();
        List<Action> actions = new ArrayList<>();
        if (drafter && d.status().editable()) {
            actions.addAll(List.of(Action.UPLOAD, Action.CONSULT, Action.SUBMIT));
        }
        boolean mayAnswer = d.status() == OutgoingStatus.IN_CONSULTATION
                && consultations.stream()
                        .anyMatch(c -> c.accountId() == me.id()
                                && c.answer() == null
                                && !c.deadline().isBefore(s.today()));
        if (mayAnswer) {
            actions.add(Action.ANSWER);
        }
        if ((d.status() == OutgoingStatus.IN_REVIEW || d.status() == OutgoingStatus.IN_APPROVAL)
                && steps.stream()
                        .anyMatch(x -> d.currentStep() != null
                                && x.order() == d.currentStep()
                                && OutgoingDrafts.mayTake(d, x))) {
            actions.add(Action.DECIDE);
        }
        if ((drafter || clerk) && !d.status().issued()) {
            actions.add(Action.EDIT_RECIPIENTS);
        }
        if (clerk && d.status() == OutgoingStatus.APPROVED) {
            actions.add(Action.ISSUE);
        }
        if (clerk && d.status() == OutgoingStatus.ISSUED) {
            actions.add(Action.RECALL);
        }
        String replaces = d.replacesDocumentId() == null
                ? null
                : s.documents
                        .findById(d.replacesDocumentId())
                        .map(OutgoingDocument::numberSymbol)
                        .orElse(null);
        return new OutgoingView(
                d.id(),
                d.version(),
                d.agencyId(),
                s.org.findAgency(d.agencyId()).map(AgencyView::name).orElse(null),
                d.departmentId(),
                d.departmentId() == null
                        ? null
                        : s.org.findDepartment(d.departmentId())
                                .map(DepartmentView::name)
                                .orElse(null),
                d.status(),
                types.find(d.typeCode()).orElseThrow(),
                d.summary(),
                d.confidential(),
                d.urgency(),
                d.dueDate(),
                d.notes(),
                d.draftedByAccountId(),
                s.accounts
                        .findById(d.draftedByAccountId())
                        .map(AccountView::fullName)
                        .orElse(null),
                d.signerName(),
                d.signerPosition(),
                d.outgoingNumber(),
                d.numberSymbol(),
                d.issuedDate(),
                d.issuedAt(),
                d.createdAt(),
                d.replacesDocumentId(),
                replaces,
                d.recalledAt(),
                d.recallReason(),
                files,
                s.records.recipients(d.id()),
                // the drafter and those who decide see every answer; a consulted person sees their own
                drafter || clerk || actions.contains(Action.DECIDE) || CurrentActor.has(Privilege.DOCUMENT_ASSIGN)
                        ? consultations
                        : consultations.stream()
                                .filter(c -> c.accountId() == me.id())
                                .toList(),
                steps,
                d.currentStep(),
                s.records.decisions(d.id()),
                s.access.reasons(DocumentKind.OUTGOING, d.id(), me.id()),
                List.copyOf(actions));
    }

    /** The register entry of a document the caller (a person or an agency's client) may read; else not found. */
    public OutgoingRegisterEntry entry(long id) {
        OutgoingDocument d = s.load(id);
        return new OutgoingRegisterEntry(
                d.id(),
                d.status(),
                d.typeCode(),
                d.summary(),
                d.confidential(),
                d.urgency().name(),
                d.outgoingNumber(),
                d.numberSymbol(),
                d.issuedDate(),
                d.issuedAt(),
                d.signerName(),
                d.signerPosition(),
                d.replacesDocumentId(),
                d.recallReason(),
                s.records.recipients(d.id()),
                s.records.files(d.id()).stream().filter(FileView::current).toList());
    }

    /** The current staff member's drafts not yet issued, newest first. */
    public List<OutgoingListItem> myDrafts() {
        AccountView me = s.me();
        return s.documents.findByDraftedByAccountIdAndStatusInOrderByCreatedAtDesc(me.id(), UNISSUED).stream()
                .map(d -> item(d, null))
                .toList();
    }

    /** Drafts on which the current staff member's opinion is asked and not yet given, nearest deadline first. */
    public List<OutgoingListItem> toConsult() {
        AccountView me = s.me();
        List<OutgoingListItem> items = new ArrayList<>();
        for (OutgoingDocument d : s.documents.findAllById(s.records.openConsultations(me.id()))) {
            if (d.status() == OutgoingStatus.IN_CONSULTATION) {
                var deadline = s.records.consultations(d.id()).stream()
                        .filter(c -> c.accountId() == me.id() && c.answer() == null)
                        .map(ConsultationView::deadline)
                        .findFirst()
                        .orElse(null);
                items.add(item(d, deadline));
            }
        }
        items.sort(java.util.Comparator.comparing(
                OutgoingListItem::consultationDeadline,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return items;
    }

    /** Drafts of the current staff member's agency at a step they may take. */
    public List<OutgoingListItem> toDecide() {
        AccountView me = s.me();
        return s
                .documents
                .findByAgencyIdAndStatusInOrderByCreatedAtDesc(
                        me.agencyId(),
                        EnumSet.of(OutgoingStatus.IN_REVIEW, OutgoingStatus.IN_APPROVAL),
                        Limit.of(LIST_LIMIT))
                .stream()
                .filter(s::readable)
                .filter(d -> workflow.stepsFor(d.agencyId(), d.typeCode()).stream()
                        .anyMatch(x -> d.currentStep() != null
                                && x.order() == d.currentStep()
                                && OutgoingDrafts.mayTake(d, x)))
                .map(d -> item(d, null))
                .toList();
    }

    /** Approved documents of the clerk's agency waiting for a number. */
    public List<OutgoingListItem> toIssue() {
        return agencyList(EnumSet.of(OutgoingStatus.APPROVED));
    }

    /** Issued and recalled documents of the agency the reader may read, newest first. */
    public List<OutgoingListItem> issued() {
        return agencyList(EnumSet.of(OutgoingStatus.ISSUED, OutgoingStatus.RECALLED));
    }

    private List<OutgoingListItem> agencyList(Set<OutgoingStatus> statuses) {
        AccountView me = s.me();
        if (!CurrentActor.has(Privilege.DOCUMENT_REGISTER) && !CurrentActor.has(Privilege.DOCUMENT_ASSIGN)) {
            return List.of();
        }
        return s
                .documents
                .findByAgencyIdAndStatusInOrderByCreatedAtDesc(me.agencyId(), statuses, Limit.of(LIST_LIMIT))
                .stream()
                .filter(s::readable)
                .map(d -> item(d, null))
                .toList();
    }

    /** A file of a document the reader may read. */
    public StoredContent file(long id, long fileId) {
        OutgoingDocument d = s.load(id);
        FileView file = s.records.files(d.id()).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("outgoing_file", fileId));
        return new StoredContent(
                file, s.storage.open(s.records.storageKey(d.id(), fileId).orElseThrow()));
    }

    /** A file and its content; the caller closes the stream. */
    public record StoredContent(FileView file, InputStream content) {}

    private static OutgoingListItem item(OutgoingDocument d, java.time.LocalDate deadline) {
        return new OutgoingListItem(
                d.id(),
                d.status(),
                d.typeCode(),
                d.summary(),
                d.confidential(),
                d.numberSymbol(),
                d.issuedDate(),
                d.createdAt(),
                deadline);
    }
}
