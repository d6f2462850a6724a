package vn.civic.dossier;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;

/**
 * The actions on a filed dossier. Officials act only at a step of their agency, with the privilege of the step's kind
 * (receive and return: {@code DOSSIER_RECEIVE}, process: {@code DOSSIER_PROCESS}, approve: {@code DOSSIER_APPROVE});
 * assigning needs {@code DOSSIER_ASSIGN}, stopping and deciding an apology {@code DOSSIER_APPROVE}. Applicants act on
 * their own dossiers. Every action names the version the actor saw (a stale one is refused), changes the dossier
 * through the aggregate, writes a progress entry, is audited and publishes its events in one transaction.
 */
@Service
public class DossierProcessing {

    static final int REASON_MAX = 2000;
    static final int COMMENT_MAX = 1000;

    private final Dossiers dossiers;
    private final DossierActors actors;
    private final DossierViews views;
    private final Uploads uploads;
    private final AccountDirectory accounts;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ElectronicResults eResults;

    DossierProcessing(
            Dossiers dossiers,
            DossierActors actors,
            DossierViews views,
            Uploads uploads,
            AccountDirectory accounts,
            WorkingCalendar calendar,
            AuditLog audit,
            ElectronicResults eResults) {
        this.dossiers = dossiers;
        this.actors = actors;
        this.views = views;
        this.uploads = uploads;
        this.accounts = accounts;
        this.calendar = calendar;
        this.audit = audit;
        this.eResults = eResults;
    }

    /** Accepts an online dossier at reception (1 → 2 → 4); its time limit runs from now. */
    @Transactional
    public DossierView accept(long id, long version) {
        return staff(id, version, null, "accepted", (d, act) -> {
            d.accept(act, calendar);
            d.requestFeeIfOwed(act); // an unpaid fee: the dossier waits in status 6 (decision 0020)
        });
    }

    /** Refuses a dossier at reception (→ 3), with the reason. */
    @Transactional
    public DossierView refuse(long id, long version, String reason) {
        String why = reason("reason", reason);
        return staff(id, version, null, "refused", (d, act) -> d.refuse(act, why));
    }

    /** Asks the applicant to supplement the dossier (→ 5); the clock stops. At reception or during processing. */
    @Transactional
    public DossierView requestSupplement(long id, long version, String reason, List<String> documents) {
        String why = reason("reason", reason);
        List<String> wanted = documents == null
                ? List.of()
                : documents.stream().filter(d -> !d.isBlank()).toList();
        return staff(id, version, null, "supplement_requested", (d, act) -> d.requestSupplement(act, why, wanted));
    }

    /** Gives the current step's work to an official of its agency who holds the step's privilege. */
    @Transactional
    public DossierView assign(long id, long version, long accountId) {
        return staff(id, version, Privilege.DOSSIER_ASSIGN, "assigned", (d, act) -> {
            var step = d.currentStep().orElseThrow();
            AccountView assignee = accounts.activeStaffOf(step.agencyId()).stream()
                    .filter(a -> a.id() == accountId)
                    .filter(a -> a.privileges().contains(DossierActors.STEP_PRIVILEGE.get(step.kind())))
                    .findFirst()
                    .orElseThrow(() -> DossierForm.invalid("assigneeId", "dossier_assignee_invalid"));
            d.assign(act, assignee.id(), assignee.fullName());
        });
    }

    /** Finishes the processing step and sends the dossier on to the next step, maybe at another agency. */
    @Transactional
    public DossierView forward(long id, long version, String note) {
        String text = optional("note", note);
        return staff(id, version, null, "forwarded", (d, act) -> {
            d.forward(act, text, calendar);
            eResults.issueIfFinished(d, act, false);
        });
    }

    /** Sends the dossier back to an earlier processing or approval step, with the reason. */
    @Transactional
    public DossierView sendBack(long id, long version, int stepOrder, String reason) {
        String why = reason("reason", reason);
        return staff(id, version, null, "sent_back", (d, act) -> d.sendBack(act, stepOrder, why, calendar));
    }

    /** Approves at an approval step: the dossier goes on, and is finished when only the return remains. */
    @Transactional
    public DossierView approve(long id, long version, String note) {
        String text = optional("note", note);
        return staff(id, version, null, "approved", (d, act) -> {
            d.approve(act, text, calendar);
            eResults.issueIfFinished(d, act, true);
        });
    }

    /** Rejects at an approval step: back to the last processing step, with the reason. */
    @Transactional
    public DossierView reject(long id, long version, String reason) {
        String why = reason("reason", reason);
        return staff(id, version, null, "rejected", (d, act) -> d.reject(act, why, calendar));
    }

    /** Hands over the result (9 → 10), with its files when there are. */
    @Transactional
    public DossierView returnResult(long id, long version, List<AttachmentUpload> resultFiles, String note) {
        String text = optional("note", note);
        return staff(
                id,
                version,
                null,
                "returned",
                (d, act) -> d.returnResult(
                        act,
                        uploads.store(resultFiles == null ? List.of() : resultFiles, Attachment.Purpose.RESULT, act),
                        text));
    }

    /** Stops processing (→ 8), with the reason; a leader of the agency where the dossier is. */
    @Transactional
    public DossierView stop(long id, long version, String reason) {
        String why = reason("reason", reason);
        return staff(id, version, Privilege.DOSSIER_APPROVE, "stopped", (d, act) -> d.stop(act, why));
    }

    /** An official foresees the dossier will be late and proposes a new appointment (form 04) for the leader. */
    @Transactional
    public DossierView proposeApology(long id, long version, Instant newDueAt, String reason) {
        String why = reason("reason", reason);
        if (newDueAt == null) {
            throw DossierForm.invalid("newDueAt", "required");
        }
        return staff(id, version, Privilege.DOSSIER_PROCESS, "apology_proposed", (d, act) -> {
            if (!newDueAt.isAfter(d.dueAt())) {
                throw DossierForm.invalid("newDueAt", "dossier_due_not_later");
            }
            d.proposeApology(act, newDueAt, why);
        });
    }

    /** The leader approves (the appointment moves) or declines the pending apology. */
    @Transactional
    public DossierView decideApology(long id, long version, boolean approve) {
        return staff(
                id,
                version,
                Privilege.DOSSIER_APPROVE,
                approve ? "apology_approved" : "apology_declined",
                (d, act) -> d.decideApology(act, approve));
    }

    /** The applicant supplies what was asked; the dossier goes back to its step and the due dates move. */
    @Transactional
    public DossierView supplement(long id, long version, List<AttachmentUpload> files) {
        return applicant(id, version, "supplemented", (d, act) -> {
            List<String> wanted = d.supplements().getLast().documents();
            List<AttachmentUpload> given = files == null ? List.of() : files;
            List<FieldViolation> missing = wanted.stream()
                    .filter(code -> given.stream().noneMatch(f -> code.equals(f.documentCode())))
                    .map(code -> DossierForm.violation("document." + code, "dossier_document_missing"))
                    .toList();
            if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED && !missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
            d.supplement(act, uploads.store(given, Attachment.Purpose.SUBMITTED, act), calendar);
        });
    }

    /** The applicant withdraws their dossier before it is finished (→ 7). */
    @Transactional
    public DossierView withdraw(long id, long version, String reason) {
        String why = reason("reason", reason);
        return applicant(id, version, "withdrawn", (d, act) -> d.withdraw(act, why));
    }

    /** The applicant rates the result, 1 to 5, once. */
    @Transactional
    public DossierView rate(long id, long version, int score, String comment) {
        if (score < 1 || score > 5) {
            throw DossierForm.invalid("rating", "dossier_rating_range");
        }
        String text = optional("comment", comment, COMMENT_MAX);
        return applicant(id, version, "rated", (d, act) -> d.rate(score, text));
    }

    private DossierView staff(
            long id, long version, Privilege privilege, String action, BiConsumer<Dossier, Act> change) {
        return change(actors.actionable(id, version, privilege), action, change);
    }

    private DossierView applicant(long id, long version, String action, BiConsumer<Dossier, Act> change) {
        Dossier dossier = actors.ownDossier(id);
        DossierActors.requireVersion(dossier, version);
        return change(dossier, action, change);
    }

    private DossierView change(Dossier dossier, String action, BiConsumer<Dossier, Act> change) {
        DossierStatus before = dossier.status();
        change.accept(dossier, actors.act());
        dossiers.saveAndFlush(dossier);
        audit.record(AuditRecord.change(
                "dossier." + action,
                DossierActors.OBJECT_TYPE,
                dossier.id(),
                dossier.code() + " status=" + before.code(),
                dossier.code() + " status=" + dossier.status().code()));
        return views.view(dossier);
    }

    private static String reason(String field, String text) {
        String value = optional(field, text);
        if (value == null) {
            throw DossierForm.invalid(field, "required");
        }
        return value;
    }

    private static String optional(String field, String text) {
        return optional(field, text, REASON_MAX);
    }

    private static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw DossierForm.invalid(field, "too_long", max);
        }
        return value;
    }
}
