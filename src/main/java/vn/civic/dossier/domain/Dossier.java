package vn.civic.dossier.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.civic.dossier.DossierApologyApproved;
import vn.civic.dossier.DossierError;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierStatusChanged;
import vn.civic.dossier.DossierSubmitted;
import vn.civic.dossier.Timeliness;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.ConflictException;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * A dossier (hồ sơ): one application for one procedure version, processed step by step. Every change of state is a
 * method here that checks the present status and step, writes a progress entry and registers the events; services
 * only check who acts. The status machine and the clock rules: docs/decisions/0013-dossier-lifecycle.md.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Column(name = "procedure_version_id", nullable = false)
    private long procedureVersionId;

    @Column(name = "procedure_code", nullable = false, length = 30)
    private String procedureCode;

    @Column(name = "procedure_name", nullable = false, length = 500)
    private String procedureName;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "applicant_kind", nullable = false, length = 10)
    private ApplicantKind applicantKind;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    /** The applicant's name folded for search ({@link vn.civic.platform.text.SearchText}). */
    @Column(name = "applicant_search", nullable = false, length = 200)
    private String applicantSearch;

    @Column(name = "applicant_id_number", nullable = false, length = 20)
    private String applicantIdNumber;

    @Column(name = "applicant_phone", length = 30)
    private String applicantPhone;

    @Column(name = "applicant_email", length = 200)
    private String applicantEmail;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "receiving_agency_id", nullable = false)
    private long receivingAgencyId;

    @Convert(converter = StatusConverter.class)
    @Column(nullable = false)
    private DossierStatus status;

    @Convert(converter = StatusConverter.class)
    @Column(name = "status_before_supplement")
    private DossierStatus statusBeforeSupplement;

    @Column(name = "form_data", nullable = false)
    private String formData;

    @Column(name = "time_limit_amount", nullable = false, precision = 9, scale = 2)
    private BigDecimal timeLimitAmount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "time_limit_unit", nullable = false, length = 15)
    private ProcessingTime.Unit timeLimitUnit;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "clock_stopped_at")
    private Instant clockStoppedAt;

    @Column(name = "stopped_seconds", nullable = false)
    private long stoppedSeconds;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why it was refused, withdrawn or stopped. */
    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    @Column(name = "current_step_order")
    private Integer currentStepOrder;

    @Column(name = "current_agency_id")
    private Long currentAgencyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "current_step_kind", length = 10)
    private StepKind currentStepKind;

    @Column(name = "current_assignee_id")
    private Long currentAssigneeId;

    private Integer rating;

    @Column(name = "rating_comment", length = 1000)
    private String ratingComment;

    @Column(name = "submitted_by", nullable = false, length = 60)
    private String submittedBy;

    @Column(name = "idempotency_owner", length = 60)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** What the applicant owes in đồng (0: no fee, or exempt). */
    @Column(name = "fee_amount", nullable = false)
    private long feeAmount;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_online", nullable = false)
    private boolean paidOnline;

    /**
     * Filed at the counter or by post with every component kept as a file, none on paper only (Decision 766's
     * digitised dossiers); decided at filing, whose components never change.
     */
    @Column(nullable = false)
    private boolean digitised;

    /** When a signed electronic result was issued; null while there is none. */
    @Column(name = "e_result_issued_at")
    private Instant eResultIssuedAt;

    /** What the fee owed at filing is called: the schedule's fees that apply (decision 0020). */
    @Column(name = "fee_name", length = 500)
    private String feeName;

    @Version
    private long version;

    /** True for a dossier built by {@link #imported}: it raises no filing event. */
    @jakarta.persistence.Transient
    private boolean imported;

    /*
     * Excluded from the optimistic lock: a step starting at an agency changes the dossier's own columns too, and a new
     * dossier's first agency would otherwise cost an extra update that only raises the version (IDENTITY inserts run
     * before the collection is written).
     */
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "dossier_agency", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "agency_id")
    private Set<Long> agencies = new HashSet<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepOrder")
    private List<DossierStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round")
    private List<SupplementRequest> supplements = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Apology> apologies = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round")
    private List<FeeObligation> feeObligations = new ArrayList<>();

    protected Dossier() {}

    /** What a filing fixes for the dossier's life: the procedure version, the applicant, the channel and the terms. */
    private Dossier(Filing filing) {
        code = filing.code();
        procedureId = filing.procedureId();
        procedureVersionId = filing.procedureVersionId();
        procedureCode = filing.procedureCode();
        procedureName = filing.procedureName();
        applicantAccountId = filing.applicantAccountId();
        applicantKind = filing.applicantKind();
        applicantName = filing.applicantName();
        applicantSearch = vn.civic.platform.text.SearchText.fold(filing.applicantName());
        applicantIdNumber = filing.applicantIdNumber();
        applicantPhone = filing.applicantPhone();
        applicantEmail = filing.applicantEmail();
        channel = filing.channel();
        receivingAgencyId = filing.receivingAgencyId();
        formData = filing.formData();
        timeLimitAmount = filing.timeLimit().amount();
        timeLimitUnit = filing.timeLimit().unit();
        submittedBy = filing.submittedBy();
        idempotencyOwner = filing.idempotencyOwner();
        idempotencyKey = filing.idempotencyKey();
    }

    /**
     * A new dossier at its first step. Online it waits for the counter (status 1); at the counter or by post the clerk
     * received and checked it, so it is accepted at once and its first processing step starts (2, then 4).
     *
     * @param plan the steps in order, the first being the reception
     */
    public static Dossier file(
            Filing filing, List<DossierStep> plan, Collection<Attachment> files, Act act, WorkingCalendar calendar) {
        if (plan.isEmpty() || plan.getFirst().kind() != StepKind.RECEIVE) {
            throw new IllegalArgumentException("A dossier's first step receives it");
        }
        Dossier dossier = new Dossier(filing);
        dossier.submittedAt = act.at();
        dossier.status = DossierStatus.NEW;
        plan.forEach(step -> {
            step.attachTo(dossier);
            dossier.steps.add(step);
        });
        files.forEach(file -> dossier.addAttachment(file, 0));
        dossier.digitised = filing.channel() != Channel.ONLINE
                && !files.isEmpty()
                && files.stream().noneMatch(Attachment::paper);
        // the appointment the receipt shows; set again from the acceptance time when the counter accepts
        dossier.dueAt = dossier.deadlineFrom(act.at(), calendar);
        dossier.startStep(plan.getFirst(), act.at(), calendar);
        dossier.record(act, "submitted", null);
        if (filing.channel() != Channel.ONLINE) {
            dossier.accept(act, calendar);
        }
        return dossier;
    }

    /**
     * A dossier brought from another system by a migration import (decision 0023): its status, dates and progress
     * entries as recorded there, its steps planned like a filing's. An open dossier is at its current step (started at
     * its last progress entry), so officials carry on with it; a dossier waiting for a supplement has its request
     * open and its clock stopped. It raises no events: nothing happened now.
     */
    public static Dossier imported(
            Filing filing, List<DossierStep> plan, ImportedState state, String actorId, WorkingCalendar calendar) {
        if (plan.isEmpty() || plan.getFirst().kind() != StepKind.RECEIVE) {
            throw new IllegalArgumentException("A dossier's first step receives it");
        }
        Dossier dossier = new Dossier(filing);
        dossier.imported = true;
        dossier.status = state.status();
        dossier.submittedAt = state.submittedAt();
        dossier.acceptedAt = state.acceptedAt();
        dossier.dueAt = state.dueAt();
        dossier.finishedAt = state.finishedAt();
        dossier.returnedAt = state.returnedAt();
        dossier.closedAt = state.closedAt();
        dossier.closingReason = state.closingReason();
        plan.forEach(step -> {
            step.attachTo(dossier);
            dossier.steps.add(step);
        });
        dossier.agencies.add(filing.receivingAgencyId());
        state.history().forEach(entry -> dossier.history.add(new HistoryEntry(dossier, actorId, entry, null)));
        Instant lastEntry = state.history().isEmpty()
                ? state.submittedAt()
                : state.history().getLast().at();
        Integer order = state.currentStepOrder() != null
                ? state.currentStepOrder()
                : switch (state.status()) {
                    case NEW -> plan.getFirst().order();
                    case ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED ->
                        plan.stream()
                                .filter(s -> s.kind() != StepKind.RECEIVE)
                                .findFirst()
                                .map(DossierStep::order)
                                .orElse(null);
                    case FINISHED ->
                        plan.stream()
                                .filter(s -> s.kind() == StepKind.RETURN)
                                .findFirst()
                                .map(DossierStep::order)
                                .orElse(null);
                    default -> null;
                };
        if (order != null && !state.status().closed()) {
            plan.stream()
                    .filter(s -> s.order() == order)
                    .findFirst()
                    .ifPresent(step -> dossier.startStep(step, lastEntry, calendar));
        }
        if (state.status() == DossierStatus.SUPPLEMENT_REQUESTED && dossier.currentStepOrder != null) {
            String reason =
                    state.history().isEmpty() || state.history().getLast().note() == null
                            ? "-"
                            : state.history().getLast().note();
            String by =
                    state.history().isEmpty() ? "-" : state.history().getLast().actorName();
            dossier.supplements.add(new SupplementRequest(
                    dossier,
                    1,
                    dossier.currentStepOrder,
                    reason,
                    List.of(),
                    new Act(actorId, by, null, null, lastEntry)));
            dossier.statusBeforeSupplement =
                    dossier.currentStepKind == StepKind.RECEIVE ? DossierStatus.NEW : DossierStatus.PROCESSING;
            dossier.clockStoppedAt = lastEntry;
        }
        return dossier;
    }

    /** The filing event, registered by JPA once the row is inserted and the dossier has its id. */
    @PostPersist
    void filed() {
        if (imported) {
            return; // brought from another system: nothing was filed now (decision 0023)
        }
        registerEvent(new DossierSubmitted(
                id, code, procedureCode, receivingAgencyId, channel, applicantAccountId, submittedAt));
    }

    // ---- reception

    /** Tiếp nhận: the counter accepts; the time limit runs from now and the first processing step starts. */
    public void accept(Act act, WorkingCalendar calendar) {
        requireAt(EnumSet.of(DossierStatus.NEW), StepKind.RECEIVE);
        acceptedAt = act.at();
        dueAt = deadlineFrom(act.at(), calendar);
        moveTo(DossierStatus.ACCEPTED, act);
        record(act, "accepted", null);
        advance(act, calendar);
    }

    /** Không tiếp nhận (form 03), with the reason the applicant reads. */
    public void refuse(Act act, String reason) {
        requireAt(EnumSet.of(DossierStatus.NEW), StepKind.RECEIVE);
        current().finish(act.at());
        close(DossierStatus.NOT_ACCEPTED, act, "refused", reason);
    }

    // ---- supplements: the clock stops

    /**
     * Yêu cầu bổ sung (form 02), at reception or during processing. The clock stops until the applicant supplements.
     */
    public void requestSupplement(Act act, String reason, List<String> documents) {
        requireAt(EnumSet.of(DossierStatus.NEW, DossierStatus.PROCESSING), StepKind.RECEIVE, StepKind.PROCESS);
        supplements.add(new SupplementRequest(this, supplements.size() + 1, currentStepOrder, reason, documents, act));
        statusBeforeSupplement = status;
        clockStoppedAt = act.at();
        moveTo(DossierStatus.SUPPLEMENT_REQUESTED, act);
        record(act, "supplement_requested", reason);
    }

    /**
     * The applicant supplies what was asked: the dossier goes back to the step it was at, and the due dates of the
     * dossier and of that step move by the working time the clock was stopped.
     */
    public void supplement(Act act, Collection<Attachment> files, WorkingCalendar calendar) {
        require(status == DossierStatus.SUPPLEMENT_REQUESTED);
        SupplementRequest request = supplements.getLast();
        request.supplied(act.at());
        files.forEach(file -> addAttachment(file, request.round()));
        Duration stopped = Duration.ofSeconds(
                calendar.workingTimeBetween(clockStoppedAt, act.at()).toSeconds());
        if (stopped.isPositive()) {
            stoppedSeconds += stopped.toSeconds();
            dueAt = calendar.addWorkingTime(dueAt, stopped);
            current().shiftDue(stopped, calendar);
        }
        clockStoppedAt = null;
        DossierStatus resumed = statusBeforeSupplement;
        statusBeforeSupplement = null;
        moveTo(resumed, act);
        record(act, "supplemented", null);
    }

    // ---- processing

    /** Giao xử lý: the step's work goes to one official of its agency. */
    public void assign(Act act, long accountId, String accountName) {
        requireAt(EnumSet.of(DossierStatus.NEW, DossierStatus.PROCESSING, DossierStatus.FINISHED), StepKind.values());
        current().assign(accountId);
        currentAssigneeId = accountId;
        record(act, "assigned", accountName);
    }

    /** Chuyển bước: the processing step is done; the dossier goes to the next step, at whichever agency it is. */
    public void forward(Act act, String note, WorkingCalendar calendar) {
        requireAt(EnumSet.of(DossierStatus.PROCESSING), StepKind.PROCESS);
        record(act, "forwarded", note);
        advance(act, calendar);
    }

    /** Phê duyệt. */
    public void approve(Act act, String note, WorkingCalendar calendar) {
        requireAt(EnumSet.of(DossierStatus.PROCESSING), StepKind.APPROVE);
        record(act, "approved", note);
        advance(act, calendar);
    }

    /** Không phê duyệt: back to the last processing step before the approval, with the reason. */
    public void reject(Act act, String reason, WorkingCalendar calendar) {
        requireAt(EnumSet.of(DossierStatus.PROCESSING), StepKind.APPROVE);
        DossierStep target = steps.stream()
                .filter(s -> s.order() < currentStepOrder && s.kind() == StepKind.PROCESS)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new ConflictException(DossierError.ACTION_NOT_ALLOWED));
        record(act, "rejected", reason);
        restartAt(target, act, calendar);
    }

    /** Trả lại bước trước: to an earlier processing or approval step, with the reason. */
    public void sendBack(Act act, int stepOrder, String reason, WorkingCalendar calendar) {
        requireAt(EnumSet.of(DossierStatus.PROCESSING), StepKind.PROCESS, StepKind.APPROVE);
        DossierStep target = steps.stream()
                .filter(s -> s.order() == stepOrder && s.order() < currentStepOrder)
                .filter(s -> s.kind() == StepKind.PROCESS || s.kind() == StepKind.APPROVE)
                .findFirst()
                .orElseThrow(() -> new ConflictException(DossierError.ACTION_NOT_ALLOWED));
        record(act, "sent_back", reason);
        restartAt(target, act, calendar);
    }

    /** Trả kết quả: the result is handed over (status 10), with its files when there are. */
    public void returnResult(Act act, Collection<Attachment> resultFiles, String note) {
        requireAt(EnumSet.of(DossierStatus.FINISHED), StepKind.RETURN);
        resultFiles.forEach(file -> addAttachment(file, 0));
        current().finish(act.at());
        returnedAt = act.at();
        leaveSteps();
        moveTo(DossierStatus.RETURNED, act);
        record(act, "returned", note);
    }

    /** The applicant withdraws the dossier before it is finished. */
    public void withdraw(Act act, String reason) {
        require(status.withdrawable());
        close(DossierStatus.WITHDRAWN, act, "withdrawn", reason);
    }

    /** Dừng xử lý (form 05), with the reason. */
    public void stop(Act act, String reason) {
        require(status == DossierStatus.PROCESSING || status == DossierStatus.SUPPLEMENT_REQUESTED);
        close(DossierStatus.STOPPED, act, "stopped", reason);
    }

    // ---- apology (form 04)

    /** An officer foresees the dossier will be late and proposes a new appointment date, with the reason. */
    public void proposeApology(Act act, Instant newDueAt, String reason) {
        require(status == DossierStatus.PROCESSING || status == DossierStatus.SUPPLEMENT_REQUESTED);
        if (pendingApology().isPresent()) {
            throw new ConflictException(DossierError.APOLOGY_PENDING);
        }
        require(newDueAt.isAfter(dueAt));
        apologies.add(new Apology(this, reason, dueAt, newDueAt, act));
        record(act, "apology_proposed", reason);
    }

    /** The leader approves (the appointment moves) or declines the pending apology. */
    public void decideApology(Act act, boolean approve) {
        Apology apology = pendingApology().orElseThrow(() -> new ConflictException(DossierError.NO_PENDING_APOLOGY));
        apology.decide(approve, act);
        if (approve) {
            dueAt = apology.proposedDueAt();
        }
        record(act, approve ? "apology_approved" : "apology_declined", apology.reason());
        if (approve) {
            registerEvent(new DossierApologyApproved(
                    id,
                    code,
                    apology.id(),
                    apology.reason(),
                    apology.previousDueAt(),
                    apology.proposedDueAt(),
                    applicantAccountId,
                    act.at()));
        }
    }

    /** The applicant's satisfaction with the result, 1 to 5, once. */
    public void rate(int score, String comment) {
        require(status == DossierStatus.FINISHED || status == DossierStatus.RETURNED);
        if (rating != null) {
            throw new ConflictException(DossierError.ALREADY_RATED);
        }
        rating = score;
        ratingComment = comment;
    }

    // ---- fees and the financial obligation (status 6): the clock stops until paid (decision 0020)

    /**
     * The fee the schedule asks for this filing. A dossier already accepted (at the counter) owes it at once; an
     * online one when the counter accepts it ({@link #requestFeeIfOwed}).
     */
    public void owe(long amount, String name, Act act) {
        require(status == DossierStatus.NEW || status == DossierStatus.PROCESSING);
        require(feeObligations.isEmpty() && amount >= 0);
        feeAmount = amount;
        feeName = amount > 0 ? name : null;
        requestFeeIfOwed(act);
    }

    /** Once accepted, a dossier that owes its filing fee waits for the payment (→ 6). */
    public void requestFeeIfOwed(Act act) {
        if (feeAmount > 0 && paidAt == null && feeObligations.isEmpty() && status == DossierStatus.PROCESSING) {
            obligate(act, feeName, feeAmount);
        }
    }

    /** An officer asks, at a processing step, for an amount to be paid before processing goes on (→ 6). */
    public void requestPayment(Act act, String name, long amount) {
        requireAt(EnumSet.of(DossierStatus.PROCESSING), StepKind.PROCESS);
        require(amount > 0);
        feeAmount += amount;
        paidAt = null;
        obligate(act, name, amount);
    }

    /**
     * The obligation with this payment reference is paid: the dossier goes back to where it was, and the due dates
     * of the dossier and its step move by the working time the clock was stopped.
     *
     * @return false when it was already recorded (a repeated event), true when recorded now
     */
    public boolean paid(
            Act act,
            String reference,
            long amount,
            boolean online,
            String receiptNumber,
            Long receiptId,
            WorkingCalendar calendar) {
        FeeObligation obligation = feeObligations.stream()
                .filter(o -> o.reference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new ConflictException(DossierError.ACTION_NOT_ALLOWED));
        if (!obligation.open()) {
            return false;
        }
        require(status == DossierStatus.PAYMENT_REQUESTED && obligation == feeObligations.getLast());
        require(amount == obligation.amount());
        obligation.paid(act.at(), online, receiptNumber, receiptId);
        Duration stopped = Duration.ofSeconds(
                calendar.workingTimeBetween(clockStoppedAt, act.at()).toSeconds());
        if (stopped.isPositive()) {
            stoppedSeconds += stopped.toSeconds();
            dueAt = calendar.addWorkingTime(dueAt, stopped);
            current().shiftDue(stopped, calendar);
        }
        clockStoppedAt = null;
        paidAt = act.at();
        paidOnline = online;
        moveTo(obligation.statusBefore(), act);
        record(
                act,
                online ? "paid_online" : "paid_cash",
                obligation.feeName() + ": " + amount + " đ, " + receiptNumber);
        return true;
    }

    /** The obligation waiting for payment, if any. */
    public Optional<FeeObligation> openObligation() {
        return status == DossierStatus.PAYMENT_REQUESTED
                ? feeObligations.stream().filter(FeeObligation::open).reduce((a, b) -> b)
                : Optional.empty();
    }

    private void obligate(Act act, String name, long amount) {
        feeObligations.add(
                new FeeObligation(this, feeObligations.size() + 1, currentStepOrder, name, amount, status, act));
        clockStoppedAt = act.at();
        moveTo(DossierStatus.PAYMENT_REQUESTED, act);
        record(act, "payment_requested", name + ": " + amount + " đ");
    }

    /**
     * The signed electronic result (kết quả điện tử, Decree 45/2020) generated when the dossier was finished: kept as a
     * result file the applicant can download, once.
     */
    public void issueElectronicResult(Attachment signedResult, Act act) {
        require((status == DossierStatus.FINISHED || status == DossierStatus.RETURNED) && eResultIssuedAt == null);
        addAttachment(signedResult, 0);
        eResultIssuedAt = act.at();
        record(act, "e_result_issued", signedResult.documentNumber());
    }

    // ---- rules

    /** Trước hạn / đúng hạn / trễ hạn once finished; empty before. */
    public Optional<Timeliness> timeliness() {
        return finishedAt == null ? Optional.empty() : Optional.of(Timeliness.of(finishedAt, dueAt));
    }

    public Optional<Apology> pendingApology() {
        return apologies.stream().filter(Apology::pending).findFirst();
    }

    /** The step the dossier is at, empty once it left its steps (closed or returned). */
    public Optional<DossierStep> currentStep() {
        return currentStepOrder == null
                ? Optional.empty()
                : steps.stream().filter(s -> s.order() == currentStepOrder).findFirst();
    }

    private DossierStep current() {
        return currentStep().orElseThrow(() -> new ConflictException(DossierError.ACTION_NOT_ALLOWED));
    }

    private Instant deadlineFrom(Instant start, WorkingCalendar calendar) {
        return timeLimitUnit == ProcessingTime.Unit.WORKING_HOURS
                ? calendar.addWorkingHours(start, timeLimitAmount)
                : calendar.addWorkingDays(start, timeLimitAmount);
    }

    /** Finishes the current step and starts the next; the last processing step done makes the dossier finished. */
    private void advance(Act act, WorkingCalendar calendar) {
        DossierStep done = current();
        done.finish(act.at());
        Optional<DossierStep> next =
                steps.stream().filter(s -> s.order() > done.order()).findFirst();
        if (next.isEmpty() || next.get().kind() == StepKind.RETURN) {
            finishedAt = act.at();
            moveTo(DossierStatus.FINISHED, act);
            next.ifPresentOrElse(step -> startStep(step, act.at(), calendar), this::leaveSteps);
            record(act, "finished", null);
        } else {
            moveTo(DossierStatus.PROCESSING, act);
            startStep(next.get(), act.at(), calendar);
            record(act, "step_started", null);
        }
    }

    private void restartAt(DossierStep target, Act act, WorkingCalendar calendar) {
        steps.stream().filter(s -> s.order() > target.order()).forEach(DossierStep::reset);
        startStep(target, act.at(), calendar);
        record(act, "step_started", null);
    }

    private void startStep(DossierStep step, Instant at, WorkingCalendar calendar) {
        step.start(at, calendar);
        currentStepOrder = step.order();
        currentAgencyId = step.agencyId();
        currentStepKind = step.kind();
        currentAssigneeId = null;
        agencies.add(step.agencyId());
    }

    private void leaveSteps() {
        currentStepOrder = null;
        currentAgencyId = null;
        currentStepKind = null;
        currentAssigneeId = null;
    }

    private void close(DossierStatus closing, Act act, String action, String reason) {
        closedAt = act.at();
        closingReason = reason;
        clockStoppedAt = null;
        statusBeforeSupplement = null;
        leaveSteps();
        moveTo(closing, act);
        record(act, action, reason);
    }

    private void addAttachment(Attachment file, int round) {
        file.attachTo(this, round);
        attachments.add(file);
    }

    private void moveTo(DossierStatus next, Act act) {
        DossierStatus previous = status;
        status = next;
        if (id != null) {
            registerEvent(new DossierStatusChanged(id, code, previous, next, applicantAccountId, act.at()));
        }
    }

    private void record(Act act, String action, String note) {
        history.add(new HistoryEntry(
                this, act, action, note, status.code(), currentStep().orElse(null)));
    }

    private void requireAt(Set<DossierStatus> statuses, StepKind... kinds) {
        require(statuses.contains(status)
                && currentStepKind != null
                && List.of(kinds).contains(currentStepKind));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException(DossierError.ACTION_NOT_ALLOWED);
        }
    }

    // ---- reading

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long procedureId() {
        return procedureId;
    }

    public long procedureVersionId() {
        return procedureVersionId;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String procedureName() {
        return procedureName;
    }

    public Long applicantAccountId() {
        return applicantAccountId;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public String applicantName() {
        return applicantName;
    }

    public String applicantIdNumber() {
        return applicantIdNumber;
    }

    public String applicantPhone() {
        return applicantPhone;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public Channel channel() {
        return channel;
    }

    public long receivingAgencyId() {
        return receivingAgencyId;
    }

    public DossierStatus status() {
        return status;
    }

    public String formData() {
        return formData;
    }

    public ProcessingTime timeLimit() {
        return new ProcessingTime(timeLimitAmount, timeLimitUnit);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant clockStoppedAt() {
        return clockStoppedAt;
    }

    public Duration stoppedTime() {
        return Duration.ofSeconds(stoppedSeconds);
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingReason() {
        return closingReason;
    }

    public Long currentAgencyId() {
        return currentAgencyId;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public long feeAmount() {
        return feeAmount;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public boolean paidOnline() {
        return paidOnline;
    }

    public boolean digitised() {
        return digitised;
    }

    public Instant eResultIssuedAt() {
        return eResultIssuedAt;
    }

    public String feeName() {
        return feeName;
    }

    public List<FeeObligation> feeObligations() {
        return List.copyOf(feeObligations);
    }

    public long version() {
        return version;
    }

    /** Every agency the dossier is or was at. */
    public Set<Long> agencies() {
        return Set.copyOf(agencies);
    }

    public List<DossierStep> steps() {
        return List.copyOf(steps);
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public List<SupplementRequest> supplements() {
        return List.copyOf(supplements);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public List<Apology> apologies() {
        return List.copyOf(apologies);
    }
}
