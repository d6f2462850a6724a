package vn.civic.exchange.documents;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.document.ExchangeStatus;
import vn.civic.document.IncomingExchange;
import vn.civic.document.OutgoingExchange;
import vn.civic.exchange.edxml.EdXmlException;
import vn.civic.exchange.edxml.EdXmlReader;
import vn.civic.exchange.edxml.EdocPackage;
import vn.civic.exchange.edxml.ExchangeError;
import vn.civic.exchange.edxml.ReadPackage;
import vn.civic.exchange.edxml.StatusMessage;
import vn.civic.exchange.edxml.TraceHeaderList;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxMessage;

/**
 * Receives an edXML package for agencies on this platform, whether it came from a peer over HTTP or from an agency
 * here in-process: the same checks for both (size, hardened parse, required elements, attachment digests, signature,
 * certificate chain, signer = From). A refused document is answered "02 rejected" with the reason and logged; an
 * accepted one goes to the documents by its trace action, and a status message to the outgoing document it names.
 */
@Service
public class ExchangeReceiver {

    private static final Logger log = LoggerFactory.getLogger(ExchangeReceiver.class);

    /**
     * What became of a package.
     *
     * @param error why it was refused, null when accepted
     */
    public record Receipt(String messageType, String documentId, ExchangeError error, String reason) {

        public boolean accepted() {
            return error == null;
        }
    }

    private final EdXmlReader reader;
    private final EdocPackages packages;
    private final IncomingExchange incoming;
    private final OutgoingExchange outgoing;
    private final OrgDirectory org;
    private final ExchangeLog exchangeLog;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    ExchangeReceiver(
            EdXmlReader reader,
            EdocPackages packages,
            IncomingExchange incoming,
            OutgoingExchange outgoing,
            OrgDirectory org,
            ExchangeLog exchangeLog,
            Outbox outbox,
            JsonMapper json,
            Clock clock) {
        this.reader = reader;
        this.packages = packages;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.org = org;
        this.exchangeLog = exchangeLog;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Receives one package.
     *
     * @param via where it came from, for the log ({@code local}, {@code peer <name>})
     * @param senderAllowed whether the channel it came through may speak for the agency in From (a peer only for the
     *     codes it serves)
     */
    public Receipt receive(byte[] bytes, String via, Predicate<String> senderAllowed) {
        ReadPackage read = null;
        try {
            read = reader.read(bytes);
            if (!senderAllowed.test(read.fromCode())) {
                throw new EdXmlException(
                        ExchangeError.PEER_UNAUTHENTICATED, via + " does not serve " + read.fromCode());
            }
            return switch (read) {
                case ReadPackage.Edoc edoc -> accept(edoc.edoc(), bytes.length, via);
                case ReadPackage.Status status -> accept(status.status(), bytes.length, via);
            };
        } catch (EdXmlException e) {
            return refuse(bytes, read, e.error(), e.reason(), via);
        } catch (CivicException e) {
            // the documents refused it (e.g. a recall of a document never received)
            return refuse(
                    bytes, read, ExchangeError.DOCUMENT_UNKNOWN, e.errorCode().code(), via);
        }
    }

    private Receipt accept(EdocPackage edoc, long size, String via) {
        var header = edoc.header();
        TraceHeaderList.Business business = edoc.trace().business();
        List<AgencyView> recipients = header.to().stream()
                .map(to -> org.findAgencyByCode(to.organId()))
                .flatMap(Optional::stream)
                .toList();
        if (recipients.isEmpty()) {
            throw new EdXmlException(
                    ExchangeError.RECIPIENT_UNKNOWN,
                    "no agency " + header.to().getFirst().organId() + " here");
        }
        for (AgencyView agency : recipients) {
            switch (business.action()) {
                case NEW, REPLACE -> incoming.receive(packages.received(edoc, agency.id()));
                case UPDATE -> incoming.update(packages.received(edoc, agency.id()));
                case REVOKE -> incoming.recall(agency.id(), header.documentId(), business.reason());
            }
            exchangeLog.record(
                    ExchangeLog.IN,
                    ExchangeLog.EDOC,
                    header.documentId(),
                    header.from().organId(),
                    agency.code(),
                    business.action().name(),
                    ExchangeLog.ACCEPTED,
                    null,
                    size,
                    via);
        }
        return new Receipt(ExchangeLog.EDOC, header.documentId(), null, null);
    }

    private Receipt accept(StatusMessage status, long size, String via) {
        var responseFor = status.responseFor();
        AgencyView sender = org.findAgencyByCode(responseFor.organId())
                .orElseThrow(() -> new EdXmlException(
                        ExchangeError.RECIPIENT_UNKNOWN, "no agency " + responseFor.organId() + " here"));
        long outgoingId = outgoing.findIssued(sender.id(), responseFor.code(), responseFor.promulgationDate())
                .orElseThrow(() ->
                        new EdXmlException(ExchangeError.DOCUMENT_UNKNOWN, "no document " + responseFor.documentId()));
        outgoing.recordStatus(
                outgoingId,
                status.from().organId(),
                ExchangeStatus.ofCode(status.statusCode()),
                status.description(),
                status.staffInfo() == null ? null : status.staffInfo().staff(),
                status.timestamp());
        exchangeLog.record(
                ExchangeLog.IN,
                ExchangeLog.STATUS,
                responseFor.documentId(),
                status.from().organId(),
                responseFor.organId(),
                status.statusCode(),
                ExchangeLog.ACCEPTED,
                status.description(),
                size,
                via);
        return new Receipt(ExchangeLog.STATUS, responseFor.documentId(), null, null);
    }

    /** Logs the refusal and answers the sender of a document "02 rejected" with the reason, from the recipient here. */
    private Receipt refuse(byte[] bytes, ReadPackage read, ExchangeError error, String reason, String via) {
        boolean statusMessage = read instanceof ReadPackage.Status;
        Optional<EdXmlReader.Summary> summary = statusMessage ? Optional.empty() : reader.peek(bytes);
        String documentId = read instanceof ReadPackage.Status s
                ? s.status().responseFor().documentId()
                : summary.map(EdXmlReader.Summary::documentId).orElse(null);
        String from = read != null
                ? read.fromCode()
                : summary.map(EdXmlReader.Summary::fromCode).orElse(null);
        Optional<AgencyView> recipient = summary.flatMap(s -> s.toCodes().stream()
                .map(org::findAgencyByCode)
                .flatMap(Optional::stream)
                .findFirst());
        log.warn("edXML package from {} via {} refused: {}", from, via, reason);
        exchangeLog.record(
                ExchangeLog.IN,
                statusMessage ? ExchangeLog.STATUS : ExchangeLog.EDOC,
                documentId,
                from,
                recipient.map(AgencyView::code).orElse(null),
                null,
                ExchangeLog.REJECTED,
                reason,
                (long) bytes.length,
                via);
        if (summary.isPresent() && recipient.isPresent() && error != ExchangeError.PEER_UNAUTHENTICATED) {
            EdXmlReader.Summary s = summary.get();
            var order = new ExchangeOrder.Status(
                    recipient.get().code(),
                    s.fromCode(),
                    s.documentId(),
                    s.numberSymbol(),
                    s.date(),
                    ExchangeStatus.REJECTED.code(),
                    reason,
                    null,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            outbox.enqueue(new OutboxMessage(
                    EdXmlDeliveryHandler.CHANNEL,
                    "edxml:status:rejected:" + UUID.randomUUID(),
                    s.documentId(),
                    json.writeValueAsString(new ExchangeOrder(null, order))));
        }
        return new Receipt(statusMessage ? ExchangeLog.STATUS : ExchangeLog.EDOC, documentId, error, reason);
    }
}
