package vn.civic.exchange.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.exchange.edxml.EdXmlProperties;
import vn.civic.exchange.edxml.ExchangeError;
import vn.civic.platform.error.Problems;

/**
 * The exchange endpoint other installations POST edXML packages and status messages to. Public (no user signs in) but
 * authenticated twice: the request's HMAC by the secret of the peer serving the sender's organisation code, and the
 * package's XML signature by the sending agency's seal. A refused package is answered with problem details whose
 * {@code code} is the reason and {@code statusCode} is "02" (rejected); the sender is also told by a status message.
 */
@RestController
@RequestMapping(EdXmlDeliveryHandler.PATH)
class ExchangeApi {

    private final ExchangePeers peers;
    private final EdXmlProperties properties;
    private final ExchangeReceiver receiver;
    private final ExchangeLog exchangeLog;
    private final Problems problems;
    private final Clock clock;

    ExchangeApi(
            ExchangePeers peers,
            EdXmlProperties properties,
            ExchangeReceiver receiver,
            ExchangeLog exchangeLog,
            Problems problems,
            Clock clock) {
        this.peers = peers;
        this.properties = properties;
        this.receiver = receiver;
        this.exchangeLog = exchangeLog;
        this.problems = problems;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("permitAll()") // authenticated below by the peer's HMAC and the package's signature
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        String from = request.getHeader(PeerRequests.FROM);
        String via = "peer " + request.getRemoteAddr();
        long max = properties.maxSize().toBytes();
        if (request.getContentLengthLong() > max) {
            return refuse(
                    request,
                    ExchangeError.PACKAGE_TOO_LARGE,
                    "Content-Length " + request.getContentLengthLong(),
                    from,
                    via,
                    request.getContentLengthLong());
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        }
        if (body.length > max) {
            return refuse(
                    request, ExchangeError.PACKAGE_TOO_LARGE, "more than " + max + " bytes", from, via, body.length);
        }
        Optional<ExchangePeers.Peer> peer = peers.serving(from);
        boolean authentic = peer.isPresent()
                && PeerRequests.verify(
                        peer.get().secret(),
                        body,
                        from,
                        request.getHeader(PeerRequests.TIMESTAMP),
                        request.getHeader(PeerRequests.CONTENT_HASH),
                        request.getHeader(PeerRequests.SIGNATURE),
                        clock.instant(),
                        properties.clockSkew());
        if (!authentic) {
            return refuse(
                    request,
                    ExchangeError.PEER_UNAUTHENTICATED,
                    peer.isEmpty()
                            ? "no peer serves " + from
                            : "bad HMAC from peer " + peer.get().name(),
                    from,
                    via,
                    body.length);
        }
        ExchangePeers.Peer sender = peer.get();
        ExchangeReceiver.Receipt receipt =
                receiver.receive(body, "peer " + sender.name(), code -> sender.match(code) >= 0);
        if (!receipt.accepted()) {
            ProblemDetail problem = problems.of(receipt.error(), request.getRequestURI());
            problem.setProperty("statusCode", "02");
            problem.setProperty("reason", receipt.reason());
            return ResponseEntity.status(problem.getStatus())
                    .contentType(Problems.PROBLEM_JSON)
                    .body(problem);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messageType", receipt.messageType());
        answer.put("documentId", receipt.documentId());
        answer.put("statusCode", "01");
        return ResponseEntity.ok(answer);
    }

    /** Refused before the package is read: logged, answered with problem details, the sender not yet trusted. */
    private ResponseEntity<ProblemDetail> refuse(
            HttpServletRequest request, ExchangeError error, String reason, String from, String via, long size) {
        exchangeLog.record(
                ExchangeLog.IN,
                null,
                null,
                from,
                null,
                null,
                ExchangeLog.REJECTED,
                error.code() + ": " + reason,
                size,
                via);
        ProblemDetail problem = problems.of(error, request.getRequestURI());
        problem.setProperty("statusCode", "02");
        problem.setProperty("reason", error.code());
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }
}
