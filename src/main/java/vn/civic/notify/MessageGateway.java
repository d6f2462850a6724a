package vn.civic.notify;

/**
 * The port to a provider of SMS or chat-app messages (a telecom SMS brand name, a chat app's official account). The
 * built-in adapter is a sandbox that records what would be sent; a city plugs its provider in as another bean.
 */
public interface MessageGateway {

    /**
     * Sends the text, or throws to have it tried again later. The same message may come again (same key) after a node
     * died while sending it; a gateway that can, passes the key on so the provider drops the repeat.
     */
    void send(TextMessage message) throws Exception;

    /**
     * @param key the message's unique key in the outbox
     * @param phone the recipient's phone number as the applicant gave it
     */
    record TextMessage(String key, String phone, String text) {}
}
