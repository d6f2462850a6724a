package vn.civic.feedback.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code civic.feedback.chat.cleanup-interval}: abandons the drafts left alone longer than the conversation
 * timeout (telling their users, dropping their photos), forgets event ids older than the retention, and the sandbox's
 * uploaded images older than a day.
 */
@Component
class ChatCleanup {

    private static final Logger log = LoggerFactory.getLogger(ChatCleanup.class);

    private final ChatConversations conversations;
    private final ConversationStore store;
    private final ObjectProvider<SandboxChatApp> sandbox;
    private final ChatProperties properties;
    private final Clock clock;

    ChatCleanup(
            ChatConversations conversations,
            ConversationStore store,
            ObjectProvider<SandboxChatApp> sandbox,
            ChatProperties properties,
            Clock clock) {
        this.conversations = conversations;
        this.store = store;
        this.sandbox = sandbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${civic.feedback.chat.cleanup-interval:5m}",
            fixedDelayString = "${civic.feedback.chat.cleanup-interval:5m}")
    void run() {
        try {
            cleanUp();
        } catch (RuntimeException e) {
            log.warn("Cleaning up the chat conversations failed; next run at the next interval", e);
        }
    }

    /** @return how many drafts were abandoned */
    int cleanUp() {
        int abandoned = conversations.abandonIdleDrafts();
        Instant now = clock.instant();
        store.forgetEventsBefore(now.minus(properties.eventRetention()));
        SandboxChatApp app = sandbox.getIfAvailable();
        if (app != null) {
            app.forgetImagesBefore(now.minus(Duration.ofDays(1)));
        }
        return abandoned;
    }
}
