package vn.civic.exchange.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.civic.exchange.edxml.EdXmlProperties;
import vn.civic.exchange.edxml.ExchangeError;

/**
 * What arrives from other installations at the exchange endpoint: the size is checked before anything is read into
 * memory, then the request's HMAC by the secret of the peer serving the sender's organisation code, and only then is
 * the package handed to the {@link ExchangeReceiver}, which may accept from that peer only the codes it serves.
 */
@Service
public class PeerInbox {

    /** The endpoint's path, where {@link EdXmlDeliveryHandler} POSTs to peers. */
    public static final String PATH = "/api/exchange/edxml";

    /** The request's headers (PeerRequests), as they came. */
    public record Headers(String from, String timestamp, String contentHash, String signature) {

        public static final String FROM = PeerRequests.FROM;
        public static final String TIMESTAMP = PeerRequests.TIMESTAMP;
        public static final String CONTENT_HASH = PeerRequests.CONTENT_HASH;
        public static final String SIGNATURE = PeerRequests.SIGNATURE;
    }

    private final ExchangePeers peers;
    private final EdXmlProperties properties;
    private final ExchangeReceiver receiver;
    private final ExchangeLog exchangeLog;
    private final Clock clock;

    PeerInbox(
            ExchangePeers peers,
            EdXmlProperties properties,
            ExchangeReceiver receiver,
            ExchangeLog exchangeLog,
            Clock clock) {
        this.peers = peers;
        this.properties = properties;
        this.receiver = receiver;
        this.exchangeLog = exchangeLog;
        this.clock = clock;
    }

    /**
     * Reads and receives one request.
     *
     * @param contentLength the declared length, or -1
     * @param remote the caller's address, for the log while the peer is unknown
     */
    public ExchangeReceiver.Receipt receive(Headers headers, long contentLength, InputStream body, String remote)
            throws IOException {
        String via = "peer " + remote;
        long max = properties.maxSize().toBytes();
        if (contentLength > max) {
            return refuse(
                    ExchangeError.PACKAGE_TOO_LARGE, "Content-Length " + contentLength, headers, via, contentLength);
        }
        byte[] bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            return refuse(ExchangeError.PACKAGE_TOO_LARGE, "more than " + max + " bytes", headers, via, bytes.length);
        }
        Optional<ExchangePeers.Peer> peer = peers.serving(headers.from());
        boolean authentic = peer.isPresent()
                && PeerRequests.verify(
                        peer.get().secret(),
                        bytes,
                        headers.from(),
                        headers.timestamp(),
                        headers.contentHash(),
                        headers.signature(),
                        clock.instant(),
                        properties.clockSkew());
        if (!authentic) {
            String reason = peer.isEmpty()
                    ? "no peer serves " + headers.from()
                    : "bad HMAC from peer " + peer.get().name();
            return refuse(ExchangeError.PEER_UNAUTHENTICATED, reason, headers, via, bytes.length);
        }
        ExchangePeers.Peer sender = peer.get();
        return receiver.receive(bytes, "peer " + sender.name(), code -> sender.match(code) >= 0);
    }

    /** Refused before the package is read: logged; the sender is not trusted yet, so no status message answers it. */
    private ExchangeReceiver.Receipt refuse(
            ExchangeError error, String reason, Headers headers, String via, long size) {
        exchangeLog.record(
                ExchangeLog.IN,
                null,
                null,
                headers.from(),
                null,
                null,
                ExchangeLog.REJECTED,
                error.code() + ": " + reason,
                size,
                via);
        return new ExchangeReceiver.Receipt(null, null, error, error.code());
    }
}
