package vn.civic.identity.password;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.PasswordResetToken.Purpose;
import vn.civic.platform.i18n.I18nConfig;

/**
 * The email with a reset or invitation link, in Vietnamese and then in English (the platform does not know which
 * language the holder reads), from the identity bundle ({@code identity.mail.*}). Sent after the token is committed,
 * on another thread, so that answering "we sent a link if the address is known" takes as long whether or not it is.
 * The link never goes into the event registry or any table: only its hash is stored.
 */
@Component
class ResetMail {

    private static final Logger log = LoggerFactory.getLogger(ResetMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final IdentityProperties properties;
    private final TaskExecutor executor;

    ResetMail(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            IdentityProperties properties,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.properties = properties;
        this.executor = executor;
    }

    void sendAfterCommit(Account account, String link, Purpose purpose, Duration validity) {
        String key = purpose == Purpose.INVITATION ? "identity.mail.invitation" : "identity.mail.reset";
        Object[] args = {account.fullName(), account.username(), link, validity.toMinutes(), validity.toHours()};
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(account.email());
        message.setSubject(text(key + ".subject", args, I18nConfig.VIETNAMESE) + " / "
                + text(key + ".subject", args, I18nConfig.ENGLISH));
        message.setText(text(key + ".body", args, I18nConfig.VIETNAMESE)
                + "\n\n----------------------------------------\n\n"
                + text(key + ".body", args, I18nConfig.ENGLISH));
        Runnable send = () -> executor.execute(() -> send(message, account, link));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(SimpleMailMessage message, Account account, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (properties.passwordReset().logLinkWithoutMail()) {
                log.warn("No mail server (spring.mail.host); the link for account {} is {}", account.username(), link);
            } else {
                log.warn(
                        "No mail server (spring.mail.host); the password link for account {} was not sent",
                        account.username());
            }
            return;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            // the person sees the same answer and can ask again; the link itself is never logged
            log.error("Could not send the password link email for account {}", account.username(), e);
        }
    }

    private String text(String key, Object[] args, java.util.Locale locale) {
        return messages.getMessage(key, args, locale);
    }
}
