package vn.civic.document.outgoing;

import java.time.LocalDate;
import vn.civic.document.Urgency;

/**
 * What a drafter enters for a new draft.
 *
 * @param replacesDocumentId an issued document of the agency this one replaces, or null
 */
public record DraftCommand(
        String typeCode,
        String summary,
        boolean confidential,
        Urgency urgency,
        LocalDate dueDate,
        String notes,
        Long replacesDocumentId) {}
