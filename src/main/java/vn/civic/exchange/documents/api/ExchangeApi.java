package vn.civic.exchange.documents.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.exchange.documents.ExchangeReceiver;
import vn.civic.exchange.documents.PeerInbox;
import vn.civic.platform.error.Problems;

/**
 * The exchange endpoint other installations POST edXML packages and status messages to. Public (no user signs in) but
 * authenticated twice: the request's HMAC by the secret of the peer serving the sender's organisation code, and the
 * package's XML signature by the sending agency's seal ({@link PeerInbox}). A refused package is answered with
 * problem details whose {@code code} is the reason and {@code statusCode} "02" (rejected); the sender is also told by a
 * status message.
 */
@RestController
@RequestMapping(PeerInbox.PATH)
class ExchangeApi {

    private final PeerInbox inbox;
    private final Problems problems;

    ExchangeApi(PeerInbox inbox, Problems problems) {
        this.inbox = inbox;
        this.problems = problems;
    }

    @PostMapping
    @PreAuthorize("permitAll()") // authenticated by the peer's HMAC and the package's signature, not by a user
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        var headers = new PeerInbox.Headers(
                request.getHeader(PeerInbox.Headers.FROM),
                request.getHeader(PeerInbox.Headers.TIMESTAMP),
                request.getHeader(PeerInbox.Headers.CONTENT_HASH),
                request.getHeader(PeerInbox.Headers.SIGNATURE));
        ExchangeReceiver.Receipt receipt;
        try (InputStream body = request.getInputStream()) {
            receipt = inbox.receive(headers, request.getContentLengthLong(), body, request.getRemoteAddr());
        }
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
}
