package vn.civic.document.incoming;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the incoming documents' lists.
 *
 * @param deadline the nearest deadline of the parts still open, or null
 * @param leadName the lead handler, or null before assignment
 */
public record IncomingListItem(
        long id,
        IncomingStatus status,
        boolean confidential,
        int urgency,
        Integer registerYear,
        Long incomingNumber,
        Instant receivedAt,
        String author,
        String numberSymbol,
        LocalDate documentDate,
        String summary,
        LocalDate deadline,
        String leadName) {}
