package vn.civic.feedback.chat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.outbox.UndeliverableException;

/**
 * The Zalo Official Account API ({@code civic.feedback.chat.adapter=zalo}): a message is a customer-service message
 * ({@code POST /v3.0/oa/message/cs} with the OA's {@code access_token} header), its text alone or with an image as a
 * media template; Zalo answers {@code error: 0} when it took the message. Images users sent are fetched from their
 * CDN address, without following redirects, reading no more than the limit.
 */
public class ZaloOaChatApp implements ChatApp {

    /** Zalo refuses longer texts in a customer-service message. */
    static final int MAX_TEXT = 2000;

    private static final int ERROR_LIMIT = 500;

    private final URI sendUri;
    private final String accessToken;
    private final Duration timeout;
    private final Duration imageTimeout;
    private final List<Integer> undeliverable;
    private final JsonMapper json;
    private final HttpClient http;

    public ZaloOaChatApp(ChatProperties.Zalo zalo, Duration imageTimeout, JsonMapper json) {
        if (zalo.accessToken() == null || zalo.accessToken().isBlank()) {
            throw new IllegalStateException(
                    "civic.feedback.chat.adapter=zalo needs civic.feedback.chat.zalo.access-token");
        }
        String base = zalo.apiBaseUrl().toString().replaceAll("/+$", "");
        this.sendUri = URI.create(base + "/v3.0/oa/message/cs");
        this.accessToken = zalo.accessToken().strip();
        this.timeout = zalo.timeout();
        this.imageTimeout = imageTimeout;
        this.undeliverable = List.copyOf(zalo.undeliverableErrors());
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(zalo.timeout().compareTo(imageTimeout) < 0 ? zalo.timeout() : imageTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("text", limit(message.text()));
        if (message.imageUrl() != null) {
            content.put(
                    "attachment",
                    Map.of(
                            "type",
                            "template",
                            "payload",
                            Map.of(
                                    "template_type",
                                    "media",
                                    "elements",
                                    List.of(Map.of("media_type", "image", "url", message.imageUrl())))));
        }
        String body =
                json.writeValueAsString(Map.of("recipient", Map.of("user_id", message.userId()), "message", content));
        HttpRequest request = HttpRequest.newBuilder(sendUri)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("access_token", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Zalo answered HTTP " + response.statusCode() + ": " + cut(response.body()));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("Zalo's answer is not JSON: " + cut(response.body()), e);
        }
        int error = answer.path("error").asInt(Integer.MIN_VALUE);
        if (error == 0) {
            return;
        }
        String description =
                "Zalo error " + error + ": " + cut(answer.path("message").asString(""));
        if (undeliverable.contains(error)) {
            throw new UndeliverableException(description);
        }
        throw new IOException(description);
    }

    @Override
    public byte[] download(URI url, long maxBytes) throws ImageUnavailableException {
        HttpRequest request =
                HttpRequest.newBuilder(url).timeout(imageTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ImageUnavailableException("HTTP " + response.statusCode() + " for " + url, false);
                }
                long declared =
                        response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new ImageUnavailableException("Content-Length " + declared + " over " + maxBytes, true);
                }
                byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new ImageUnavailableException("More than " + maxBytes + " bytes", true);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ImageUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageUnavailableException("Interrupted", false);
        }
    }

    static String limit(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String cut(String text) {
        return text == null || text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }
}
