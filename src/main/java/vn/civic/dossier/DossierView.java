package vn.civic.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.FormData;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * A dossier as its applicant or an official of an agency it passed sees it.
 *
 * @param version what an action on the dossier names, so that an action on a page read before another change is
 *     refused
 * @param dueAt the appointment date (ngày hẹn trả), moved by supplements and approved apologies
 * @param stoppedTime working time the clock was stopped for supplements
 * @param timeliness once finished: early, on time or late; null before
 * @param currentStep the step it is at, null once it left its steps
 * @param closingReason why it was refused, withdrawn or stopped; null otherwise
 */
public record DossierView(
        long id,
        long version,
        String code,
        long procedureId,
        long procedureVersionId,
        String procedureCode,
        String procedureName,
        Long applicantAccountId,
        ApplicantKind applicantKind,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        Channel channel,
        long receivingAgencyId,
        String receivingAgencyName,
        DossierStatus status,
        FormData data,
        Instant submittedAt,
        Instant acceptedAt,
        Instant dueAt,
        Duration stoppedTime,
        Instant finishedAt,
        Instant returnedAt,
        Instant closedAt,
        String closingReason,
        Timeliness timeliness,
        StepView currentStep,
        List<StepView> steps,
        List<AttachmentView> attachments,
        List<SupplementView> supplements,
        List<HistoryView> history,
        List<ApologyView> apologies,
        Integer rating,
        String ratingComment) {

    /** The pending supplement request, or null. */
    public SupplementView openSupplement() {
        return status == DossierStatus.SUPPLEMENT_REQUESTED ? supplements.getLast() : null;
    }

    /** The apology waiting for the leader, or null. */
    public ApologyView pendingApology() {
        return apologies.stream().filter(a -> a.approved() == null).findFirst().orElse(null);
    }

    /** One step of the dossier's plan; not started steps have no dates. */
    public record StepView(
            int order,
            StepKind kind,
            String name,
            long agencyId,
            String agencyName,
            Long departmentId,
            Long assigneeAccountId,
            Instant startedAt,
            Instant dueAt,
            Instant finishedAt) {}

    /**
     * A file or a paper copy received at the counter.
     *
     * @param round 0 for the filing, n for the n-th supplement
     * @param result true for a result file
     * @param electronic true for the signed electronic result the platform generated
     */
    public record AttachmentView(
            long id,
            String documentCode,
            int round,
            boolean result,
            boolean paper,
            String fileName,
            String contentType,
            Long size,
            String sha256,
            Instant addedAt,
            boolean electronic) {}

    public record SupplementView(
            int round,
            int stepOrder,
            String reason,
            List<String> documents,
            Instant requestedAt,
            String requestedBy,
            Instant suppliedAt) {}

    /**
     * A progress entry, shaped like the national portal's: the action is a stable code the timeline names in words
     * ({@code dossier.history.<action>}).
     */
    public record HistoryView(
            String actorName,
            Instant at,
            String agencyName,
            String stepName,
            String action,
            String note,
            DossierStatus status,
            Instant stepStartedAt,
            Instant stepDueAt) {}

    /** An apology notice (form 04); {@code approved} is null while it waits for the leader. */
    public record ApologyView(
            long id,
            String reason,
            Instant previousDueAt,
            Instant proposedDueAt,
            Instant proposedAt,
            String proposedBy,
            Instant decidedAt,
            String decidedBy,
            Boolean approved) {}
}
