package vn.civic.feedback.chat;

import java.net.URI;

/**
 * The port to the chat app's official account: sends the account's messages to a user of a conversation and fetches
 * the images users send. Adapters: {@link SandboxChatApp} (the default, records what would be sent) and
 * {@link ZaloOaChatApp} (the Zalo Official Account API). Callers check an image's address against
 * {@link ImageSources} before asking an adapter for it.
 */
public interface ChatApp {

    /**
     * Sends one message, or throws to have it tried again later ({@link
     * vn.civic.platform.outbox.UndeliverableException}: never). The same message may come again (same key) after a
     * node died while sending it.
     */
    void send(OutgoingMessage message) throws Exception;

    /**
     * Fetches an image a user sent, at most {@code maxBytes} of it.
     *
     * @throws ImageUnavailableException when it cannot be had (gone, refused, too large, not answered in time)
     */
    byte[] download(URI url, long maxBytes) throws ImageUnavailableException;

    /**
     * A message of the official account.
     *
     * @param key unique per message (the outbox's key)
     * @param userId the conversation's user, as the chat app identifies them to the official account
     * @param imageUrl an image to show with the text (an absolute public URL), or null
     */
    record OutgoingMessage(String key, String userId, String text, String imageUrl) {}

    /** An image could not be fetched. */
    final class ImageUnavailableException extends Exception {

        private final boolean tooLarge;

        public ImageUnavailableException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }
}
