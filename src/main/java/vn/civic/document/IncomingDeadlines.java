package vn.civic.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of the open parts of incoming documents (a lead handler's or a co-handler's part not yet finished),
 * for the reminders the notifications send.
 */
public interface IncomingDeadlines {

    /** Open parts of assigned documents whose deadline falls between the two days, both included. */
    List<HandlerDeadline> openBetween(LocalDate from, LocalDate to);

    /**
     * One open part.
     *
     * @param handlerId identifies the part, so that each part is reminded once
     * @param label what identifies the document to a person: its incoming number and the sender's number and symbol
     */
    record HandlerDeadline(
            long documentId,
            long handlerId,
            long agencyId,
            long accountId,
            String label,
            String summary,
            LocalDate deadline) {}
}
