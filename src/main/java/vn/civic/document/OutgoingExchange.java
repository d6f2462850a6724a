package vn.civic.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What the exchange reads of issued outgoing documents and records of their recipients' answers. */
public interface OutgoingExchange {

    /** The issued document with its signed file and recipients. */
    IssuedDocument issued(long outgoingId);

    /** The issued document of the agency with that number and symbol and date, as a status message names it. */
    Optional<Long> findIssued(long agencyId, String numberSymbol, LocalDate issuedDate);

    /** Records a recipient's status answer (shown on the document's page), audited. */
    void recordStatus(
            long outgoingId,
            String recipientOrganisationCode,
            ExchangeStatus status,
            String description,
            String staffName,
            Instant at);
}
