package vn.civic.exchange.documents;

import java.time.Instant;
import java.time.LocalDate;
import vn.civic.exchange.edxml.TraceAction;

/**
 * What the exchange's outbox message asks for (JSON payload): one package for one recipient, or one status message.
 * Exactly one part is set.
 */
record ExchangeOrder(Edoc edoc, Status status) {

    /** Send an issued outgoing document (or its revocation, update, replacement) to one recipient. */
    record Edoc(long outgoingId, String recipientCode, TraceAction action, String reason) {}

    /**
     * Tell the sender of a document what became of it here.
     *
     * @param reporterCode the agency here that received the document
     * @param senderCode the agency that sent it, which the message goes to
     */
    record Status(
            String reporterCode,
            String senderCode,
            String documentId,
            String numberSymbol,
            LocalDate documentDate,
            String statusCode,
            String description,
            String staffName,
            Instant at) {}
}
