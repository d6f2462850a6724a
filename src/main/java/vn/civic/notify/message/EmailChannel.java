package vn.civic.notify.message;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.identity.IdentityProperties;
import vn.civic.notify.NotifyProperties;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;
import vn.civic.platform.outbox.UndeliverableException;

/**
 * Sends notification emails through Spring's {@link JavaMailSender} (SMTP). The Message-ID comes from the outbox key,
 * so a message sent again after a node died while sending it carries the same Message-ID, which mail systems and
 * clients use to drop the repeat.
 */
@Component
class EmailChannel implements OutboxHandler {

    static final String CHANNEL = "notify.email";

    record Email(String to, String subject, String body) {}

    private final ObjectProvider<JavaMailSender> mail;
    private final JsonMapper json;
    private final String from;

    EmailChannel(
            ObjectProvider<JavaMailSender> mail,
            JsonMapper json,
            NotifyProperties properties,
            IdentityProperties identity) {
        this.mail = mail;
        this.json = json;
        this.from = properties.mailFrom() == null || properties.mailFrom().isBlank()
                ? identity.mailFrom()
                : properties.mailFrom();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server (spring.mail.host)");
        }
        Email email = json.readValue(delivery.payload(), Email.class);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(from);
            helper.setTo(email.to());
        } catch (jakarta.mail.internet.AddressException e) {
            throw new UndeliverableException("Bad address: " + e.getMessage());
        }
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", messageId(delivery.key()));
        sender.send(message);
    }

    static String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".notify@civic>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
