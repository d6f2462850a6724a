package vn.civic.document.outgoing;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the outgoing documents' lists. */
public record OutgoingListItem(
        long id,
        OutgoingStatus status,
        String typeCode,
        String summary,
        boolean confidential,
        String numberSymbol,
        LocalDate issuedDate,
        Instant createdAt,
        LocalDate consultationDeadline) {}
