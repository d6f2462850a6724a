package vn.civic.feedback.chat;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;
import vn.civic.platform.outbox.OutboxMessage;

/**
 * The official account's messages go out through the platform's outbox (decision 0021): written in the transaction
 * that decided them, delivered afterwards through the {@link ChatApp} with retries and back-off, never twice for one
 * key. The outbox channel is {@value #CHANNEL}.
 */
@Component
class ChatReplies implements OutboxHandler {

    static final String CHANNEL = ChatConversations.OUTBOX_CHANNEL;

    record Payload(String userId, String text, String imageUrl) {}

    private final Outbox outbox;
    private final ChatApp chatApp;
    private final JsonMapper json;

    ChatReplies(Outbox outbox, ChatApp chatApp, JsonMapper json) {
        this.outbox = outbox;
        this.chatApp = chatApp;
        this.json = json;
    }

    /**
     * Puts a message to the user in the outbox, in the caller's transaction; a key already used is ignored.
     *
     * @param key unique for what the message says (the event it answers, the report update it tells)
     */
    void send(String key, String userId, String text, String imageUrl) {
        outbox.enqueue(new OutboxMessage(
                CHANNEL,
                "feedback:chat:" + key,
                "chat:" + userId,
                json.writeValueAsString(new Payload(userId, text, imageUrl))));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        deliver(delivery, chatApp);
    }

    /** Delivers a message of the outbox through the given adapter. */
    void deliver(OutboxDelivery delivery, ChatApp app) throws Exception {
        Payload payload = json.readValue(delivery.payload(), Payload.class);
        app.send(new ChatApp.OutgoingMessage(delivery.key(), payload.userId(), payload.text(), payload.imageUrl()));
    }
}
