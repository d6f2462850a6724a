package vn.civic.exchange.documents;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.document.IncomingDocumentStatusChanged;
import vn.civic.document.IssuedDocument;
import vn.civic.document.OutgoingDocumentIssued;
import vn.civic.document.OutgoingDocumentRecalled;
import vn.civic.document.OutgoingExchange;
import vn.civic.exchange.edxml.DocumentIds;
import vn.civic.exchange.edxml.TraceAction;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxMessage;

/**
 * Puts in the outbox what the documents' events ask the exchange to send: an issued document to each recipient with an
 * organisation code (a replacement as trace action 3), a recall or update to each of them (1, 2), and each status an
 * incoming document reaches back to its sender. The message names what to send; the package is built and signed
 * when it is delivered ({@link EdXmlDeliveryHandler}).
 */
@Component
class ExchangeOutbound {

    private static final Logger log = LoggerFactory.getLogger(ExchangeOutbound.class);

    private final OutgoingExchange outgoing;
    private final OrgDirectory org;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    ExchangeOutbound(OutgoingExchange outgoing, OrgDirectory org, Outbox outbox, JsonMapper json, Clock clock) {
        this.outgoing = outgoing;
        this.org = org;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OutgoingDocumentIssued event) {
        IssuedDocument document = outgoing.issued(event.documentId());
        TraceAction action = document.replacesDocumentId() == null ? TraceAction.NEW : TraceAction.REPLACE;
        // the key is the fact itself, so a redelivered event sends nothing twice
        enqueue(document, action, null, "issued");
    }

    @ApplicationModuleListener
    void on(OutgoingDocumentRecalled event) {
        IssuedDocument document = outgoing.issued(event.documentId());
        TraceAction action = event.update() ? TraceAction.UPDATE : TraceAction.REVOKE;
        // a document may be updated more than once: each event is a new fact
        enqueue(document, action, event.reason(), UUID.randomUUID().toString());
    }

    @ApplicationModuleListener
    void on(IncomingDocumentStatusChanged event) {
        if (event.senderCode() == null || event.exchangeDocumentId() == null) {
            return;
        }
        var parts = DocumentIds.parse(event.exchangeDocumentId());
        var reporter = org.findAgency(event.agencyId()).map(AgencyView::code);
        if (parts.isEmpty() || reporter.isEmpty()) {
            log.warn(
                    "No status message for incoming document {}: DocumentId {}",
                    event.documentId(),
                    event.exchangeDocumentId());
            return;
        }
        var order = new ExchangeOrder.Status(
                reporter.get(),
                event.senderCode(),
                event.exchangeDocumentId(),
                parts.get().numberSymbol(),
                parts.get().date(),
                event.status().code(),
                event.description(),
                event.staffName(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        outbox.enqueue(new OutboxMessage(
                EdXmlDeliveryHandler.CHANNEL,
                "edxml:status:" + event.documentId() + ":" + event.status().code() + ":" + UUID.randomUUID(),
                event.exchangeDocumentId(),
                json.writeValueAsString(new ExchangeOrder(null, order))));
    }

    private void enqueue(IssuedDocument document, TraceAction action, String reason, String fact) {
        if (document.confidential()) {
            // state secrets do not travel over the shared exchange: confidential documents go by the secret channels
            log.info("Outgoing document {} is confidential: not sent through the exchange", document.id());
            return;
        }
        String documentId = EdocPackages.documentId(document);
        for (IssuedDocument.Recipient recipient : document.recipients()) {
            if (recipient.organisationCode() == null
                    || recipient.organisationCode().isBlank()) {
                continue;
            }
            var order = new ExchangeOrder.Edoc(document.id(), recipient.organisationCode(), action, reason);
            outbox.enqueue(new OutboxMessage(
                    EdXmlDeliveryHandler.CHANNEL,
                    "edxml:edoc:" + document.id() + ":" + recipient.organisationCode() + ":" + action + ":" + fact,
                    documentId,
                    json.writeValueAsString(new ExchangeOrder(order, null))));
        }
    }
}
