package vn.civic.document.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An outgoing document as the API shows it to a client of its agency: the register entry, its recipients with their
 * statuses and its current files.
 */
public record OutgoingRegisterEntry(
        long id,
        OutgoingStatus status,
        String typeCode,
        String summary,
        boolean confidential,
        String urgency,
        Long number,
        String numberSymbol,
        LocalDate issuedDate,
        Instant issuedAt,
        String signerName,
        String signerPosition,
        Long replacesDocumentId,
        String recallReason,
        List<OutgoingView.RecipientView> recipients,
        List<OutgoingView.FileView> files) {}
