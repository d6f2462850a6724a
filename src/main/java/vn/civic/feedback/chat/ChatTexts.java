package vn.civic.feedback.chat;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.platform.i18n.I18nConfig;

/**
 * The official account's words, in Vietnamese (the chat app does not say which language a user reads), from
 * {@code feedback.chat.*} in {@code i18n/feedback-chat}.
 */
@Component
class ChatTexts {

    static final Locale LANGUAGE = I18nConfig.VIETNAMESE;

    private final MessageSource messages;

    ChatTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code feedback.chat.<key>} with its arguments. */
    String text(String key, Object... args) {
        return messages.getMessage("feedback.chat." + key, args, LANGUAGE);
    }

    /** Any message key, e.g. a field violation's {@code validation.feedback_location_required}. */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LANGUAGE);
    }
}
