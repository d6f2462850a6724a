package vn.civic.notify.message;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.notify.MessageGateway;
import vn.civic.notify.MessageGateway.TextMessage;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;

/** Sends SMS/chat-app texts through the configured {@link MessageGateway}. */
@Component
class TextChannel implements OutboxHandler {

    static final String CHANNEL = "notify.sms";

    record Text(String phone, String text) {}

    private final MessageGateway gateway;
    private final JsonMapper json;

    TextChannel(MessageGateway gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        Text text = json.readValue(delivery.payload(), Text.class);
        gateway.send(new TextMessage(delivery.key(), text.phone(), text.text()));
    }
}
