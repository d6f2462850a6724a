package vn.civic.notify.message;

import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxMessage;
import vn.civic.platform.time.CivicTime;

/**
 * Renders a notice from the templates and puts one message per channel in the outbox, in the caller's transaction.
 * An email carries the Vietnamese text and then the English one (the platform does not know which language a person
 * reads); an SMS/chat text is the Vietnamese one without diacritics, to fit one message. Without a mail server
 * ({@code spring.mail.host}) no email is enqueued.
 */
@Component
public class Notices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<JavaMailSender> mail;

    Notices(Outbox outbox, MessageSource messages, JsonMapper json, ObjectProvider<JavaMailSender> mail) {
        this.outbox = outbox;
        this.messages = messages;
        this.json = json;
        this.mail = mail;
    }

    /** Enqueues the notice by email and by SMS/chat, where the person has an address and a number. */
    public void send(Notice notice) {
        if (notice.email() != null && !notice.email().isBlank() && mail.getIfAvailable() != null) {
            String key = "notify:email:" + notice.key() + ":"
                    + notice.email().strip().toLowerCase(Locale.ROOT);
            EmailChannel.Email email = new EmailChannel.Email(
                    notice.email().strip(),
                    text(notice, "subject", I18nConfig.VIETNAMESE) + " / "
                            + text(notice, "subject", I18nConfig.ENGLISH),
                    text(notice, "body", I18nConfig.VIETNAMESE)
                            + "\n\n----------------------------------------\n\n"
                            + text(notice, "body", I18nConfig.ENGLISH));
            outbox.enqueue(
                    new OutboxMessage(EmailChannel.CHANNEL, key, notice.reference(), json.writeValueAsString(email)));
        }
        if (notice.phone() != null && !notice.phone().isBlank()) {
            String phone = notice.phone().strip();
            String key = "notify:sms:" + notice.key() + ":" + phone;
            TextChannel.Text text = new TextChannel.Text(phone, text(notice, "sms", I18nConfig.VIETNAMESE));
            outbox.enqueue(
                    new OutboxMessage(TextChannel.CHANNEL, key, notice.reference(), json.writeValueAsString(text)));
        }
    }

    private String text(Notice notice, String part, Locale locale) {
        String date = notice.date() == null
                ? ""
                : CivicTime.DATE_TIME.format(notice.date().atZone(CivicTime.ZONE));
        Object[] args = {
            notice.dossierCode(),
            notice.procedureName(),
            date,
            notice.detail() == null ? "" : notice.detail(),
            notice.link() == null ? "" : notice.link()
        };
        return messages.getMessage("notify." + notice.kind().key() + "." + part, args, locale);
    }
}
