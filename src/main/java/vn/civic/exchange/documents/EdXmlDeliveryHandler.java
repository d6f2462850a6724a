package vn.civic.exchange.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.document.IssuedDocument;
import vn.civic.document.OutgoingExchange;
import vn.civic.exchange.edxml.EdXmlWriter;
import vn.civic.exchange.edxml.EdocPackage;
import vn.civic.exchange.edxml.MessageHeader;
import vn.civic.exchange.edxml.Organisation;
import vn.civic.exchange.edxml.StaffInfo;
import vn.civic.exchange.edxml.StatusMessage;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;
import vn.civic.platform.outbox.UndeliverableException;
import vn.civic.signature.SignerKeys;
import vn.civic.signature.XmlSigningKeys;

/**
 * Delivers the exchange's outbox messages: builds the package (or status message) as things are now, signs it with the
 * sending agency's seal and hands it to the recipient — in-process when the recipient agency is on this platform and
 * no peer is configured for its code ({@link ExchangeReceiver}, exactly as if it had come over HTTP), else POSTed to
 * the peer with the HMAC headers. A refusal is final (kept as failed for an administrator); a transport error or a
 * peer's server error is retried by the outbox with back-off.
 */
@Component
class EdXmlDeliveryHandler implements OutboxHandler {

    static final String CHANNEL = "exchange.edxml";
    static final String LOCAL = "local";

    private final ExchangePeers peers;
    private final EdocPackages packages;
    private final EdXmlWriter writer;
    private final XmlSigningKeys keys;
    private final OutgoingExchange outgoing;
    private final OrgDirectory org;
    private final ExchangeReceiver receiver;
    private final ExchangeLog exchangeLog;
    private final JsonMapper json;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http;

    EdXmlDeliveryHandler(
            ExchangePeers peers,
            EdocPackages packages,
            EdXmlWriter writer,
            XmlSigningKeys keys,
            OutgoingExchange outgoing,
            OrgDirectory org,
            ExchangeReceiver receiver,
            ExchangeLog exchangeLog,
            JsonMapper json,
            Environment environment,
            Clock clock) {
        this.peers = peers;
        this.packages = packages;
        this.writer = writer;
        this.keys = keys;
        this.outgoing = outgoing;
        this.org = org;
        this.receiver = receiver;
        this.exchangeLog = exchangeLog;
        this.json = json;
        this.environment = environment;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(peers.peerTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        ExchangeOrder order = json.readValue(delivery.payload(), ExchangeOrder.class);
        if (order.edoc() != null) {
            deliverEdoc(order.edoc());
        } else if (order.status() != null) {
            deliverStatus(order.status());
        } else {
            throw new UndeliverableException("An empty exchange order");
        }
    }

    private void deliverEdoc(ExchangeOrder.Edoc order) throws IOException, InterruptedException {
        IssuedDocument document = outgoing.issued(order.outgoingId());
        IssuedDocument.Recipient recipient = document.recipients().stream()
                .filter(r -> order.recipientCode().equals(r.organisationCode()))
                .findFirst()
                .orElseThrow(() -> new UndeliverableException(
                        "No recipient " + order.recipientCode() + " on outgoing document " + order.outgoingId()));
        EdocPackage edoc = packages.build(document, recipient, order.action(), order.reason());
        byte[] bytes = writer.write(edoc, seal(document.agencyCode()));
        send(new Sending(
                bytes,
                ExchangeLog.EDOC,
                edoc.header().documentId(),
                document.agencyCode(),
                order.recipientCode(),
                order.action().name()));
    }

    private void deliverStatus(ExchangeOrder.Status order) throws IOException, InterruptedException {
        String reporterName =
                org.findAgencyByCode(order.reporterCode()).map(AgencyView::name).orElse(null);
        var status = new StatusMessage(
                new MessageHeader.ResponseFor(
                        order.senderCode(), order.numberSymbol(), order.documentDate(), order.documentId()),
                Organisation.of(order.reporterCode(), reporterName),
                order.statusCode(),
                order.description(),
                order.at(),
                order.staffName() == null ? null : StaffInfo.named(order.staffName()));
        byte[] bytes = writer.write(status, seal(order.reporterCode()));
        send(new Sending(
                bytes,
                ExchangeLog.STATUS,
                order.documentId(),
                order.reporterCode(),
                order.senderCode(),
                order.statusCode()));
    }

    private XmlSigningKeys.Key seal(String organisationCode) {
        return keys.find(SignerKeys.seal(organisationCode))
                .orElseThrow(() -> new UndeliverableException("exchange_seal_missing: no seal key for "
                        + organisationCode + " (" + SignerKeys.seal(organisationCode) + ")"));
    }

    /** A signed package on its way, with what the log says of it. */
    private record Sending(byte[] bytes, String type, String documentId, String from, String to, String action) {}

    private void send(Sending sending) throws IOException, InterruptedException {
        Optional<ExchangePeers.Peer> peer = peers.serving(sending.to());
        if (peer.isEmpty()) {
            if (org.findAgencyByCode(sending.to()).isEmpty()) {
                log(sending, ExchangeLog.REJECTED, "no peer serves " + sending.to(), null);
                throw new UndeliverableException("No agency here and no peer serves " + sending.to());
            }
            ExchangeReceiver.Receipt receipt = receiver.receive(sending.bytes(), LOCAL, code -> true);
            if (!receipt.accepted()) {
                log(sending, ExchangeLog.REJECTED, receipt.reason(), LOCAL);
                throw new UndeliverableException("Refused: " + receipt.reason());
            }
            log(sending, ExchangeLog.DELIVERED, null, LOCAL);
            return;
        }
        post(peer.get(), sending);
    }

    private void post(ExchangePeers.Peer peer, Sending sending) throws IOException, InterruptedException {
        String via = "peer " + peer.name();
        if (peer.url() == null || peer.url().isBlank()) {
            log(sending, ExchangeLog.REJECTED, "the peer has no URL", via);
            throw new UndeliverableException("Peer " + peer.name() + " has no URL");
        }
        String base = environment.resolveRequiredPlaceholders(peer.url().strip());
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String hash = PeerRequests.contentHash(sending.bytes());
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(base) + PeerInbox.PATH))
                .timeout(peers.peerTimeout())
                .header("Content-Type", "application/xml")
                .header(PeerRequests.FROM, sending.from())
                .header(PeerRequests.TIMESTAMP, timestamp)
                .header(PeerRequests.CONTENT_HASH, hash)
                .header(PeerRequests.SIGNATURE, PeerRequests.signature(peer.secret(), sending.from(), timestamp, hash))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sending.bytes()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log(sending, ExchangeLog.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), via);
            throw e;
        }
        int code = response.statusCode();
        if (code / 100 == 2) {
            log(sending, ExchangeLog.DELIVERED, null, via);
            return;
        }
        String reason = "HTTP " + code + ": " + problemCode(response.body());
        if (code / 100 == 4 && code != 401 && code != 408 && code != 429) {
            log(sending, ExchangeLog.REJECTED, reason, via);
            throw new UndeliverableException(reason);
        }
        // 401 (a secret being changed on both sides), timeouts, throttling and server errors are worth another try
        log(sending, ExchangeLog.FAILED, reason, via);
        throw new IOException(reason);
    }

    private String problemCode(String body) {
        try {
            JsonNode node = json.readTree(body);
            String code = node.path("code").asString("");
            String reason = node.path("reason").asString("");
            return reason.isEmpty() ? code : reason;
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    private void log(Sending sending, String status, String reason, String via) {
        exchangeLog.record(
                ExchangeLog.OUT,
                sending.type(),
                sending.documentId(),
                sending.from(),
                sending.to(),
                sending.action(),
                status,
                reason,
                (long) sending.bytes().length,
                via);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
