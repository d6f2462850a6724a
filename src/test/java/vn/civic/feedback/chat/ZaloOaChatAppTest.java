package vn.civic.feedback.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.outbox.UndeliverableException;

/**
 * The Zalo Official Account adapter against a real HTTP server playing Zalo: the customer-service message's shape
 * and token, Zalo's error codes (retried or undeliverable), and images fetched only as the rules say.
 */
class ZaloOaChatAppTest {

    static final String TOKEN = "test-access-token";

    final JsonMapper json = JsonMapper.builder().build();
    FakeZalo zalo;
    ZaloOaChatApp app;

    @BeforeEach
    void start() throws IOException {
        zalo = new FakeZalo();
        app = adapter(zalo.base());
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    ZaloOaChatApp adapter(String base) {
        return new ZaloOaChatApp(
                new ChatProperties.Zalo(URI.create(base + "/"), TOKEN, Duration.ofSeconds(3), List.of(-213, -230)),
                Duration.ofSeconds(3),
                json);
    }

    @Test
    void aTextGoesToTheUserAsACustomerServiceMessageWithTheAccessToken() throws Exception {
        app.send(new ChatApp.OutgoingMessage("k1", "2468013579", "Đã tiếp nhận phản ánh PA-2026-000001.", null));

        assertThat(zalo.received()).hasSize(1);
        FakeZalo.Received r = zalo.received().getFirst();
        assertThat(r.path()).isEqualTo("/v3.0/oa/message/cs");
        assertThat(r.accessToken()).isEqualTo(TOKEN);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("recipient").path("user_id").asString()).isEqualTo("2468013579");
        assertThat(body.path("message").path("text").asString()).isEqualTo("Đã tiếp nhận phản ánh PA-2026-000001.");
        assertThat(body.path("message").has("attachment")).isFalse();
    }

    @Test
    void anImageLinkTravelsAsAMediaTemplateWithTheText() throws Exception {
        app.send(new ChatApp.OutgoingMessage(
                "k2", "2468013579", "Đã trả lời", "https://civic.example/feedback/reports/PA-2026-000001/files/7"));

        JsonNode message = json.readTree(zalo.received().getFirst().body()).path("message");
        assertThat(message.path("text").asString()).isEqualTo("Đã trả lời");
        JsonNode payload = message.path("attachment").path("payload");
        assertThat(message.path("attachment").path("type").asString()).isEqualTo("template");
        assertThat(payload.path("template_type").asString()).isEqualTo("media");
        assertThat(payload.path("elements").get(0).path("media_type").asString())
                .isEqualTo("image");
        assertThat(payload.path("elements").get(0).path("url").asString())
                .isEqualTo("https://civic.example/feedback/reports/PA-2026-000001/files/7");
    }

    @Test
    void aLongTextIsCutToWhatZaloTakes() throws Exception {
        app.send(new ChatApp.OutgoingMessage("k3", "1", "x".repeat(5000), null));
        String text = json.readTree(zalo.received().getFirst().body())
                .path("message")
                .path("text")
                .asString();
        assertThat(text).hasSize(ZaloOaChatApp.MAX_TEXT).endsWith("…");
    }

    @Test
    void zalosErrorsAreRetriedUnlessNoRetryCanCureThem() {
        zalo.answerNext(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
        assertThatThrownBy(() -> app.send(new ChatApp.OutgoingMessage("k4", "1", "a", null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("-216");
        zalo.answerNext(503, "busy");
        assertThatThrownBy(() -> app.send(new ChatApp.OutgoingMessage("k5", "1", "a", null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("503");
        zalo.answerNext(200, "{\"error\":-213,\"message\":\"User has not followed the OA\"}");
        assertThatThrownBy(() -> app.send(new ChatApp.OutgoingMessage("k6", "1", "a", null)))
                .isInstanceOf(UndeliverableException.class)
                .hasMessageContaining("-213");
    }

    @Test
    void anImageIsFetchedWithinItsLimit() throws Exception {
        byte[] png = ChatTesting.png(Color.GREEN);
        zalo.serveImage(png);
        assertThat(app.download(URI.create(zalo.base() + "/cdn/a.png"), 1_000_000))
                .isEqualTo(png);

        assertThatThrownBy(() -> app.download(URI.create(zalo.base() + "/cdn/a.png"), png.length - 1))
                .isInstanceOf(ChatApp.ImageUnavailableException.class)
                .satisfies(e -> assertThat(((ChatApp.ImageUnavailableException) e).tooLarge())
                        .isTrue());
        assertThatThrownBy(() -> app.download(URI.create(zalo.base() + "/cdn/missing.jpg"), 1_000_000))
                .isInstanceOf(ChatApp.ImageUnavailableException.class)
                .satisfies(e -> assertThat(((ChatApp.ImageUnavailableException) e).tooLarge())
                        .isFalse());
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (FakeZalo elsewhere = new FakeZalo()) {
            zalo.redirectImagesTo(elsewhere.base() + "/cdn/inside.png");
            assertThatThrownBy(() -> app.download(URI.create(zalo.base() + "/cdn/a.png"), 1_000_000))
                    .isInstanceOf(ChatApp.ImageUnavailableException.class)
                    .hasMessageContaining("302");
            assertThat(elsewhere.cdnRequests()).isEmpty();
        }
    }

    @Test
    void onlyTheConfiguredSourcesMayBeFetched() {
        ImageSources sources = new ImageSources(List.of("https://*.zdn.vn", "https://cdn.example.vn:8443"));
        assertThat(sources.allowed("https://f20-zpc.zdn.vn/photo/1.jpg")).isPresent();
        assertThat(sources.allowed("https://a.b.zdn.vn/1.jpg")).isPresent();
        assertThat(sources.allowed("https://cdn.example.vn:8443/1.jpg")).isPresent();

        assertThat(sources.allowed("https://zdn.vn/1.jpg"))
                .as("the bare domain is not a sub-domain")
                .isEmpty();
        assertThat(sources.allowed("http://f20.zdn.vn/1.jpg"))
                .as("another scheme")
                .isEmpty();
        assertThat(sources.allowed("https://f20.zdn.vn:8443/1.jpg"))
                .as("another port")
                .isEmpty();
        assertThat(sources.allowed("https://f20.zdn.vn.evil.example/1.jpg")).isEmpty();
        assertThat(sources.allowed("https://evilzdn.vn/1.jpg")).isEmpty();
        assertThat(sources.allowed("https://user@f20.zdn.vn/1.jpg"))
                .as("user information")
                .isEmpty();
        assertThat(sources.allowed("https://cdn.example.vn/1.jpg"))
                .as("the default port")
                .isEmpty();
        assertThat(sources.allowed("http://169.254.169.254/latest/meta-data/")).isEmpty();
        assertThat(sources.allowed("file:///etc/passwd")).isEmpty();
        assertThat(sources.allowed("/relative.jpg")).isEmpty();
        assertThat(sources.allowed("not a url")).isEmpty();
        assertThat(sources.allowed(null)).isEmpty();
    }

    @Test
    void anImageIsRecognisedByItsFirstBytes() {
        assertThat(ChatImages.imageType(ChatTesting.png(Color.BLACK))).isEqualTo("image/png");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(ChatImages.imageType(jpeg)).isEqualTo("image/jpeg");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(ChatImages.imageType(webp)).isEqualTo("image/webp");
        assertThat(ChatImages.imageType("GIF89a......".getBytes())).isNull();
        assertThat(ChatImages.imageType("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()))
                .isNull();
        assertThat(ChatImages.imageType(new byte[3])).isNull();
    }

    @Test
    void theAdapterNeedsAnAccessToken() {
        assertThatThrownBy(() -> new ZaloOaChatApp(
                        new ChatProperties.Zalo(URI.create(zalo.base()), " ", Duration.ofSeconds(1), List.of()),
                        Duration.ofSeconds(1),
                        json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("access-token");
    }
}
