package vn.civic.feedback.chat.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.feedback.chat.ZaloWebhook;
import vn.civic.platform.security.PublicEndpoints;

/**
 * Where the Zalo Official Account's webhook delivers its events. Public and without a session (the API's stateless
 * chain, no CSRF): an event is authenticated by its signature, not by a user ({@link ZaloWebhook}). Zalo needs a 200
 * within seconds, so the body is read once, at most {@code civic.feedback.chat.max-body-size}; refusals are RFC 9457
 * problems with a stable code.
 */
@RestController
@Tag(
        name = "Feedback chat channel",
        description = "The webhook of the city's chat-app official account (Zalo OA): citizens' messages become"
                + " feedback reports.")
class ZaloWebhookApi {

    static final String PATH = "/api/feedback/chat/zalo";

    private final ZaloWebhook webhook;

    ZaloWebhookApi(ZaloWebhook webhook) {
        this.webhook = webhook;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()") // authenticated by the event's signature, not by a user
    @Operation(
            summary = "Receive a Zalo Official Account event",
            description = "A webhook event (user_send_text, user_send_image, user_send_location, follow…) signed with"
                    + " X-ZEvent-Signature: mac=sha256(app_id + body + timestamp + OA secret key). An event already"
                    + " received (same msg_id) is answered 200 and ignored.")
    @ApiResponse(responseCode = "200", description = "The event was taken (or was a repeat)")
    @ApiResponse(responseCode = "400", description = "The body is not an event")
    @ApiResponse(responseCode = "401", description = "The signature does not match, or the timestamp is too old")
    @ApiResponse(responseCode = "403", description = "The event is for another official account")
    @ApiResponse(responseCode = "413", description = "The body is too large")
    @ApiResponse(responseCode = "503", description = "The webhook's secret key is not configured")
    Map<String, String> receive(
            @Parameter(description = "mac=<hex SHA-256>")
                    @RequestHeader(name = ZaloWebhook.SIGNATURE_HEADER, required = false)
                    String signature,
            HttpServletRequest request)
            throws IOException {
        long max = webhook.maxBodyBytes();
        if (request.getContentLengthLong() > max) {
            throw webhook.tooLarge(request.getContentLengthLong());
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        }
        webhook.receive(signature, body);
        return Map.of("status", "ok");
    }

    @Configuration(proxyBeanMethods = false)
    static class WebhookEndpoints {

        @Bean
        PublicEndpoints feedbackChatWebhookEndpoint() {
            return PublicEndpoints.of(PATH);
        }
    }
}
