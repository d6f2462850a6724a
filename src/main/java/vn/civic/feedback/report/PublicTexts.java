package vn.civic.feedback.report;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the public page and the updates feed show for each step, written once in Vietnamese (the public language)
 * from {@code feedback.public.*} in {@code i18n/feedback} when the step happens.
 */
@Component
class PublicTexts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    PublicTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage("feedback." + key, args, VIETNAMESE);
    }
}
