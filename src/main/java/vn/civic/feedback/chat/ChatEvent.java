package vn.civic.feedback.chat;

import java.util.List;

/**
 * What a citizen did in the chat app, as the conversation understands it, whatever app it came from.
 *
 * @param eventKey unique per event: the chat app's message id, so that a repeated delivery is recognised
 * @param eventName the chat app's name of the event ({@code user_send_text}), for the record
 * @param userId the citizen, as the chat app identifies them to the official account
 * @param oaId the official account the event was sent to; may be null
 * @param text the text of a {@link Kind#TEXT} message
 * @param imageUrls the images of an {@link Kind#IMAGE} message
 * @param latitude the shared point of a {@link Kind#LOCATION} message
 */
public record ChatEvent(
        String eventKey,
        String eventName,
        String userId,
        String oaId,
        Kind kind,
        String text,
        List<String> imageUrls,
        Double latitude,
        Double longitude) {

    public ChatEvent {
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
    }

    public enum Kind {
        /** A text message. */
        TEXT,
        /** One or more images. */
        IMAGE,
        /** A shared location. */
        LOCATION,
        /** The user followed the official account. */
        FOLLOW,
        /** A message the channel does not take (a sticker, a file, a voice message…). */
        UNSUPPORTED,
        /** Not about a conversation (the account's own messages, read receipts…): acknowledged, nothing done. */
        IGNORED
    }

    public static ChatEvent text(String key, String userId, String text) {
        return new ChatEvent(key, "user_send_text", userId, null, Kind.TEXT, text, List.of(), null, null);
    }

    public static ChatEvent image(String key, String userId, String url) {
        return new ChatEvent(key, "user_send_image", userId, null, Kind.IMAGE, null, List.of(url), null, null);
    }

    public static ChatEvent location(String key, String userId, double latitude, double longitude) {
        return new ChatEvent(
                key, "user_send_location", userId, null, Kind.LOCATION, null, List.of(), latitude, longitude);
    }
}
