package vn.civic.document.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentTypeView;
import vn.civic.document.Urgency;

/**
 * An outgoing document as its page and API show it: metadata, every file version, recipients with their last
 * status, consultation answers, the workflow's steps and decisions, and what the reader may do.
 *
 * @param steps the steps that apply to it, in order
 * @param currentStep the order of the step it is at, or null
 * @param actions what the current reader may do now
 */
public record OutgoingView(
        long id,
        long version,
        long agencyId,
        String agencyName,
        Long departmentId,
        String departmentName,
        OutgoingStatus status,
        DocumentTypeView type,
        String summary,
        boolean confidential,
        Urgency urgency,
        LocalDate dueDate,
        String notes,
        long drafterAccountId,
        String drafterName,
        String signerName,
        String signerPosition,
        Long number,
        String numberSymbol,
        LocalDate issuedDate,
        Instant issuedAt,
        Instant createdAt,
        Long replacesDocumentId,
        String replacesNumberSymbol,
        Instant recalledAt,
        String recallReason,
        List<FileView> files,
        List<RecipientView> recipients,
        List<ConsultationView> consultations,
        List<WorkflowStep> steps,
        Integer currentStep,
        List<DecisionView> decisions,
        List<AccessReason> myReasons,
        List<Action> actions) {

    /** What a reader may do on the page. */
    public enum Action {
        UPLOAD,
        CONSULT,
        ANSWER,
        SUBMIT,
        DECIDE,
        EDIT_RECIPIENTS,
        ISSUE,
        RECALL
    }

    /** One stored version of a file; {@code current} for the latest MAIN and SIGNED and every appendix. */
    public record FileView(
            long id,
            int versionNumber,
            FileRole role,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            Instant createdAt,
            String createdBy,
            boolean current) {}

    /** A recipient with the last status it answered (edXML code and text), if any. */
    public record RecipientView(
            long id,
            Long agencyId,
            String organisationCode,
            String name,
            String channel,
            String statusCode,
            String statusDescription,
            Instant statusAt) {}

    /** A person asked for an opinion and their answer. */
    public record ConsultationView(
            long id,
            long accountId,
            String accountName,
            LocalDate deadline,
            String answer,
            String comment,
            Instant answeredAt) {}

    /** A decision taken at a step. */
    public record DecisionView(
            int stepOrder, WorkflowStep.Kind kind, String decision, String comment, String accountName, Instant at) {}

    public boolean can(Action action) {
        return actions.contains(action);
    }

    /** The file to read: the signed one once issued, else the latest main version. */
    public FileView mainFile() {
        FileRole wanted = status.issued() ? FileRole.SIGNED : FileRole.MAIN;
        return files.stream()
                .filter(f -> f.current() && f.role() == wanted)
                .findFirst()
                .orElse(null);
    }
}
