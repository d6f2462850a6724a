package vn.civic.document.outgoing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentError;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.PositionView;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.FileType;
import vn.civic.platform.storage.StoredFile;
import vn.civic.signature.PdfSignatures;
import vn.civic.signature.SignerKeys;

/**
 * Drafting an outgoing document (decision 0027): the draft with its files (every upload a new version), its
 * recipients, the consultation of chosen people, and the review and approval steps configured for the agency and
 * type. Each method is one transaction, audited and indexed.
 */
@Service
public class OutgoingDrafts {

    /** How an agency on this platform is reached, and one elsewhere (both through the exchange, decision 0025). */
    public static final String CHANNEL_PLATFORM = "PLATFORM";

    public static final String CHANNEL_EXCHANGE = "EXCHANGE";

    /** Consultation answers. */
    public enum Answer {
        AGREE,
        DISAGREE,
        OTHER
    }

    private final OutgoingSupport s;
    private final DocumentTypes types;
    private final WorkflowConfiguration workflow;
    private final PdfSignatures signatures;

    OutgoingDrafts(
            OutgoingSupport support, DocumentTypes types, WorkflowConfiguration workflow, PdfSignatures signatures) {
        this.s = support;
        this.types = types;
        this.workflow = workflow;
        this.signatures = signatures;
    }

    /**
     * A new draft of the current staff member's agency and department with its main file (a PDF) and appendices.
     *
     * @return its id
     */
    @Transactional
    public long create(DraftCommand command, Upload main, List<Upload> appendices) {
        AccountView me = s.me();
        List<FieldViolation> violations = new java.util.ArrayList<>();
        if (command.typeCode() == null || types.find(command.typeCode()).isEmpty()) {
            violations.add(new FieldViolation(
                    "typeCode", DocumentError.TYPE_UNKNOWN.code(), DocumentError.TYPE_UNKNOWN.messageKey()));
        }
        if (command.summary() == null || command.summary().isBlank()) {
            violations.add(new FieldViolation(
                    "summary", OutgoingError.FIELD_REQUIRED.code(), OutgoingError.FIELD_REQUIRED.messageKey()));
        } else if (command.summary().length() > 1000) {
            violations.add(FieldViolation.of("summary", "too_long", 1000));
        }
        if (main == null) {
            violations.add(new FieldViolation(
                    "main", OutgoingError.MAIN_FILE_MISSING.code(), OutgoingError.MAIN_FILE_MISSING.messageKey()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Long replaces = command.replacesDocumentId();
        if (replaces != null) {
            boolean known = s.documents
                    .findById(replaces)
                    .filter(r -> r.agencyId() == me.agencyId() && r.status().issued() && s.readable(r))
                    .isPresent();
            if (!known) {
                throw OutgoingError.REPLACED_UNKNOWN.on("replacesDocumentId");
            }
        }
        Instant now = s.clock.instant();
        OutgoingDocument d = s.documents.saveAndFlush(OutgoingDocument.draft(
                me.agencyId(),
                me.departmentId(),
                command.typeCode(),
                command.summary().strip(),
                command.confidential(),
                command.urgency() == null ? Urgency.NORMAL : command.urgency(),
                command.dueDate(),
                blankToNull(command.notes()),
                replaces,
                me.id(),
                me.actorId(),
                now));
        s.access.grant(DocumentKind.OUTGOING, d.id(), me.id(), AccessReason.DRAFTER);
        store(d, FileRole.MAIN, main, "main", me, now);
        for (Upload appendix : appendices) {
            store(d, FileRole.APPENDIX, appendix, "appendix", me, now);
        }
        s.audit("outgoing.drafted", d, null, describe(d));
        s.index(d);
        return d.id();
    }

    /** A new version of the main file or one more appendix; old versions stay. Only the drafter, while drafting. */
    @Transactional
    public int upload(long id, FileRole role, Upload file) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        requireDrafter(d, me);
        d.checkEditable();
        if (role == FileRole.SIGNED) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
        int version = store(d, role, file, "file", me, s.clock.instant());
        s.audit("outgoing.file_added", d, null, role + " v" + version);
        s.index(d);
        return version;
    }

    private int store(OutgoingDocument d, FileRole role, Upload upload, String field, AccountView me, Instant at) {
        if (upload == null) {
            throw OutgoingError.MAIN_FILE_MISSING.on(field);
        }
        StoredFile stored;
        try (InputStream in = upload.content()) {
            stored = s.storage.store(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.deleteOnRollback(stored.key());
        FileType type = stored.type();
        boolean accepted = type != null
                && (role != FileRole.MAIN || type == FileType.PDF)
                && type.agreesWith(upload.fileName(), upload.declaredContentType());
        if (!accepted) {
            s.storage.delete(stored.key());
            throw OutgoingError.FILE_TYPE_UNSUPPORTED.on(field);
        }
        String name = upload.fileName() == null || upload.fileName().isBlank()
                ? role.name().toLowerCase(java.util.Locale.ROOT) + "." + (type == FileType.PDF ? "pdf" : "img")
                : upload.fileName();
        return s.records.addFile(d.id(), role, stored, name, type.mediaType(), me.actorId(), at);
    }

    /**
     * Names a recipient: an agency on this platform (by id) or one elsewhere by organisation code and name. The
     * drafter, or a clerk of the agency, until it is issued.
     */
    @Transactional
    public void addRecipient(long id, Long agencyId, String organisationCode, String name) {
        OutgoingDocument d = s.load(id);
        requireDrafterOrClerk(d);
        d.checkRecipientsEditable();
        if (agencyId != null) {
            AgencyView agency = s.org.findAgency(agencyId)
                    .filter(AgencyView::active)
                    .orElseThrow(() -> OutgoingError.RECIPIENT_UNKNOWN.on("agencyId"));
            s.records.addRecipient(d.id(), agency.id(), agency.code(), agency.name(), CHANNEL_PLATFORM);
            s.audit("outgoing.recipient_added", d, null, agency.code());
        } else {
            List<FieldViolation> violations = new java.util.ArrayList<>();
            if (organisationCode == null || organisationCode.isBlank() || organisationCode.length() > 40) {
                violations.add(new FieldViolation(
                        "organisationCode",
                        OutgoingError.FIELD_REQUIRED.code(),
                        OutgoingError.FIELD_REQUIRED.messageKey()));
            }
            if (name == null || name.isBlank() || name.length() > 300) {
                violations.add(new FieldViolation(
                        "name", OutgoingError.FIELD_REQUIRED.code(), OutgoingError.FIELD_REQUIRED.messageKey()));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            // an external code that belongs to an agency here is delivered in-process like a picked one
            var onPlatform = s.org.findAgencyByCode(organisationCode.strip()).filter(AgencyView::active);
            s.records.addRecipient(
                    d.id(),
                    onPlatform.map(AgencyView::id).orElse(null),
                    organisationCode.strip(),
                    name.strip(),
                    onPlatform.isPresent() ? CHANNEL_PLATFORM : CHANNEL_EXCHANGE);
            s.audit("outgoing.recipient_added", d, null, organisationCode.strip());
        }
    }

    @Transactional
    public void removeRecipient(long id, long recipientId) {
        OutgoingDocument d = s.load(id);
        requireDrafterOrClerk(d);
        d.checkRecipientsEditable();
        if (s.records.removeRecipient(d.id(), recipientId) == 0) {
            throw NotFoundException.of("outgoing_recipient", recipientId);
        }
        s.audit("outgoing.recipient_removed", d, Long.toString(recipientId), null);
    }

    /**
     * Asks staff of any agency on the platform for their opinion by a deadline; they are named on the draft
     * (CONSULTED) and may read it.
     */
    @Transactional
    public void consult(long id, List<Long> accountIds, LocalDate deadline) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        requireDrafter(d, me);
        if (accountIds == null || accountIds.isEmpty()) {
            throw OutgoingError.FIELD_REQUIRED.on("accountIds");
        }
        if (deadline == null) {
            throw OutgoingError.FIELD_REQUIRED.on("deadline");
        }
        if (deadline.isBefore(s.today())) {
            throw OutgoingError.DEADLINE_PAST.on("deadline");
        }
        d.startConsultation();
        Instant now = s.clock.instant();
        for (Long accountId : Set.copyOf(accountIds)) {
            AccountView person = s.accounts
                    .findById(accountId)
                    .filter(a -> a.active() && a.agencyId() != null && a.id() != me.id())
                    .orElseThrow(() -> OutgoingError.PERSON_UNKNOWN.on("accountIds"));
            s.records.addConsultation(
                    d.id(), person.id(), person.fullName(), person.agencyId(), deadline, me.actorId(), now);
            s.access.grant(DocumentKind.OUTGOING, d.id(), person.id(), AccessReason.CONSULTED);
        }
        s.documents.saveAndFlush(d);
        s.audit("outgoing.consulted", d, null, "accounts=" + accountIds + " deadline=" + deadline);
        s.index(d);
    }

    /** A consulted person answers, once, while the draft is in consultation and the deadline has not passed. */
    @Transactional
    public void answer(long id, Answer answer, String comment) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        if (answer == null) {
            throw OutgoingError.FIELD_REQUIRED.on("answer");
        }
        if (answer != Answer.AGREE && (comment == null || comment.isBlank())) {
            throw OutgoingError.COMMENT_REQUIRED.on("comment");
        }
        var open = s.records.consultations(d.id()).stream()
                .filter(c -> c.accountId() == me.id() && c.answer() == null)
                .findFirst()
                .orElseThrow(() -> new ConflictException(OutgoingError.CONSULTATION_CLOSED));
        if (d.status() != OutgoingStatus.IN_CONSULTATION || open.deadline().isBefore(s.today())) {
            throw new ConflictException(OutgoingError.CONSULTATION_CLOSED);
        }
        if (!s.records.answer(open.id(), answer.name(), blankToNull(comment), s.clock.instant())) {
            throw new ConflictException(OutgoingError.CONSULTATION_CLOSED);
        }
        s.audit("outgoing.consultation_answered", d, null, me.actorId() + " " + answer);
    }

    /** The drafter sends the draft to its first step; unanswered consultations close. */
    @Transactional
    public void submit(long id) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        requireDrafter(d, me);
        boolean hasMain = s.records.files(d.id()).stream().anyMatch(f -> f.role() == FileRole.MAIN);
        if (!hasMain) {
            throw new ConflictException(OutgoingError.MAIN_FILE_MISSING);
        }
        String before = d.status().name();
        d.submit(workflow.stepsFor(d.agencyId(), d.typeCode()).getFirst());
        s.documents.saveAndFlush(d);
        s.audit("outgoing.submitted", d, before, d.status() + " step=" + d.currentStep());
        s.index(d);
    }

    /**
     * Approves the draft at its present step, or sends it back to the drafter with a comment. Only someone of the
     * agency holding the step's privilege; the approver of the last step will sign it, so must have a signing key.
     */
    @Transactional
    public void decide(long id, boolean approve, String comment) {
        AccountView me = s.me();
        OutgoingDocument d = s.load(id);
        if (d.status() != OutgoingStatus.IN_REVIEW && d.status() != OutgoingStatus.IN_APPROVAL) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
        List<WorkflowStep> steps = workflow.stepsFor(d.agencyId(), d.typeCode());
        WorkflowStep step = currentStep(d, steps);
        if (!mayTake(d, step)) {
            throw new ConflictException(OutgoingError.STEP_NOT_YOURS);
        }
        Instant now = s.clock.instant();
        String before = d.status() + " step=" + d.currentStep();
        if (!approve) {
            if (comment == null || comment.isBlank()) {
                throw OutgoingError.COMMENT_REQUIRED.on("comment");
            }
            d.sendBack();
            s.records.addDecision(d.id(), step, "SENT_BACK", comment.strip(), me.id(), me.fullName(), now);
        } else {
            WorkflowStep next = steps.stream()
                    .filter(x -> x.order() > step.order())
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                // Decree 30/2020 Art. 13: the approving leader signs; the key must exist before the draft is approved
                if (!signatures.canSign(SignerKeys.person(me.username()))) {
                    throw new ConflictException(OutgoingError.SIGNER_KEY_MISSING, me.fullName());
                }
                String position = me.positionId() == null
                        ? null
                        : s.org.findPosition(me.positionId())
                                .map(PositionView::nameVi)
                                .orElse(null);
                d.nameSigner(me.id(), me.fullName(), position);
                s.access.grant(DocumentKind.OUTGOING, d.id(), me.id(), AccessReason.SIGNER);
            } else {
                s.access.grant(DocumentKind.OUTGOING, d.id(), me.id(), AccessReason.REVIEWER);
            }
            d.approveStep(next);
            s.records.addDecision(d.id(), step, "APPROVED", blankToNull(comment), me.id(), me.fullName(), now);
        }
        s.documents.saveAndFlush(d);
        s.audit(
                approve ? "outgoing.step_approved" : "outgoing.sent_back",
                d,
                before,
                d.status() + " step=" + d.currentStep());
        s.index(d);
    }

    static WorkflowStep currentStep(OutgoingDocument d, List<WorkflowStep> steps) {
        return steps.stream()
                .filter(x -> d.currentStep() != null && x.order() == d.currentStep())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        OutgoingError.ACTION_NOT_ALLOWED, d.status().name()));
    }

    /** True when the current actor works at the document's agency and holds the step's privilege. */
    static boolean mayTake(OutgoingDocument d, WorkflowStep step) {
        return CurrentActor.get()
                        .map(a -> a.agencyId() != null && a.agencyId() == d.agencyId())
                        .orElse(false)
                && CurrentActor.has(step.privilege());
    }

    private void requireDrafter(OutgoingDocument d, AccountView me) {
        if (!s.isDrafter(d, me)) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
    }

    private void requireDrafterOrClerk(OutgoingDocument d) {
        AccountView me = s.me();
        boolean clerk =
                CurrentActor.has(Privilege.DOCUMENT_REGISTER) && me.agencyId() != null && me.agencyId() == d.agencyId();
        if (!s.isDrafter(d, me) && !clerk) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
    }

    private static String describe(OutgoingDocument d) {
        return d.typeCode() + " " + d.status() + (d.confidential() ? " confidential" : "") + " agency=" + d.agencyId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
