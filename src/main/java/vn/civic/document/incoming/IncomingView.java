package vn.civic.document.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.civic.document.Urgency;

/**
 * An incoming document as its pages and the API show it, with what the caller may do with it.
 *
 * @param actions what the caller may do now
 * @param myDeadline the caller's own open part's deadline, or null
 */
public record IncomingView(
        long id,
        long agencyId,
        IncomingStatus status,
        String source,
        boolean confidential,
        Urgency urgency,
        Integer registerYear,
        Long incomingNumber,
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
        LocalDate dueDate,
        String exchangeDocumentId,
        Instant closedAt,
        String returnReason,
        String recallReason,
        boolean recallPending,
        long version,
        List<FileView> files,
        List<AssignmentView> assignments,
        List<OpinionView> opinions,
        List<HistoryView> history,
        Set<Action> actions,
        LocalDate myDeadline) {

    /** What a person may do with the document. */
    public enum Action {
        REGISTER,
        RETURN,
        ASSIGN,
        SUB_ASSIGN,
        OPINION,
        FINISH,
        ANSWER_RECALL
    }

    public record FileView(long id, String fileName, String contentType, long sizeBytes) {}

    /** An assignment with its people; {@code parentId} is set for a sub-assignment. */
    public record AssignmentView(
            long id,
            Long parentId,
            String assignerName,
            String instruction,
            LocalDate deadline,
            Instant assignedAt,
            List<HandlerView> handlers) {}

    public record HandlerView(long accountId, String fullName, HandlerRole role, LocalDate deadline, Instant doneAt) {}

    public record OpinionView(String fullName, String content, Instant createdAt) {}

    public record HistoryView(String actorName, Instant at, String action, String note) {}

    /** The lead handler's name, or null before assignment. */
    public String leadName() {
        return assignments.stream()
                .flatMap(a -> a.handlers().stream())
                .filter(h -> h.role() == HandlerRole.LEAD)
                .map(HandlerView::fullName)
                .findFirst()
                .orElse(null);
    }
}
