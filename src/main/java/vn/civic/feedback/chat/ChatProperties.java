package vn.civic.feedback.chat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the chat-app channel of feedback ({@code civic.feedback.chat.*}), decision 0036.
 *
 * @param adapter which {@link ChatApp} sends the official account's messages: {@code sandbox} (default) records them
 *     for the sandbox page; {@code zalo} calls the Zalo Official Account API ({@link Zalo})
 * @param appId the Zalo application id the webhook's events carry (part of their signature)
 * @param oaSecretKey the official account's secret key that signs the webhook's events; without it the webhook refuses
 *     every event (there is no default, so nobody can forge one with a published key)
 * @param oaId the official account's id; when set, events addressed to another account are refused
 * @param timestampWindow how far an event's timestamp may lie from the clock, either way; older ones are replays
 * @param maxBodySize the largest webhook body read; Zalo's events are a few hundred bytes
 * @param conversationTimeout a report being drafted in a conversation is abandoned after this long without a message
 * @param cleanupInterval how often abandoned drafts are cleared and old event ids forgotten
 * @param eventRetention how long an event id is kept to recognise a repeat (Zalo repeats for up to 12 hours)
 * @param imageSources where a citizen's image may be fetched from: {@code scheme://host[:port]}, the host may start
 *     with {@code *.} for any sub-domain; every other URL is refused without being fetched
 * @param maxImageBytes the largest image fetched (and kept) per photo
 * @param imageTimeout how long fetching one image may take
 * @param maxPhotos photos a report drafted in a conversation may carry
 * @param minDescriptionLength characters a first message needs to be taken as the description of a problem
 * @param duplicateRadiusMetres how far around the point open reports of the same category are shown before sending
 */
@ConfigurationProperties("civic.feedback.chat")
public record ChatProperties(
        @DefaultValue("sandbox") String adapter,
        String appId,
        String oaSecretKey,
        String oaId,
        @DefaultValue("5m") Duration timestampWindow,
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("30m") Duration conversationTimeout,
        @DefaultValue("5m") Duration cleanupInterval,
        @DefaultValue("7d") Duration eventRetention,

        @DefaultValue({"https://*.zdn.vn", "https://*.zadn.vn", Sandbox.DEFAULT_IMAGE_SOURCE})
        List<String> imageSources,

        @DefaultValue("5MB") DataSize maxImageBytes,
        @DefaultValue("5s") Duration imageTimeout,
        @DefaultValue("3") int maxPhotos,
        @DefaultValue("10") int minDescriptionLength,
        @DefaultValue("150") int duplicateRadiusMetres,
        @DefaultValue Zalo zalo,
        @DefaultValue Sandbox sandbox) {

    public ChatProperties {
        if (maxPhotos < 0 || minDescriptionLength < 1 || conversationTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "civic.feedback.chat: max-photos, min-description-length and conversation-timeout must be positive");
        }
    }

    /** True when the webhook can verify events (a secret key and the application id are set). */
    public boolean webhookConfigured() {
        return oaSecretKey != null && !oaSecretKey.isBlank() && appId != null && !appId.isBlank();
    }

    /**
     * The Zalo Official Account API ({@code adapter=zalo}).
     *
     * @param apiBaseUrl where the OA API is served; the send-message call is {@code POST <base>/v3.0/oa/message/cs}
     * @param accessToken the OA's access token (sent in the {@code access_token} header); required with the adapter
     * @param timeout connection and answer timeout of one call
     * @param undeliverableErrors Zalo error codes that no retry will cure (an unknown user, a refused message), so the
     *     message is kept as failed at once; other errors are retried with back-off. The codes are unconfirmed against
     *     Zalo's current error table, hence configurable
     */
    public record Zalo(
            @DefaultValue("https://openapi.zalo.me") URI apiBaseUrl,
            String accessToken,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue({"-201", "-204", "-207", "-213"}) List<Integer> undeliverableErrors) {}

    /**
     * The sandbox adapter ({@code adapter=sandbox}).
     *
     * @param imageBaseUrl the address under which the sandbox page's uploaded images appear in events; the sandbox
     *     adapter serves those URLs from its own table and never goes to the network
     */
    public record Sandbox(@DefaultValue(DEFAULT_IMAGE_BASE) String imageBaseUrl) {

        static final String DEFAULT_IMAGE_SOURCE = "https://chat-sandbox.civic.invalid";
        static final String DEFAULT_IMAGE_BASE = DEFAULT_IMAGE_SOURCE + "/images/";
    }
}
