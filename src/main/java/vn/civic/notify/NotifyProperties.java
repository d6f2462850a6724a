package vn.civic.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications ({@code civic.notify.*}).
 *
 * @param dueSoon officials are told about a dossier due within this time (and again once it is overdue)
 * @param deadlineCheckInterval how often the due dates are looked at
 * @param gateway the SMS/chat gateway: {@code sandbox} (default) records what would be sent, for administrators to
 *     read; a real gateway is another {@link MessageGateway} bean selected by another value
 * @param mailFrom the sender of notification emails; the platform's ({@code civic.identity.mail-from}) when blank
 */
@ConfigurationProperties("civic.notify")
public record NotifyProperties(
        @DefaultValue("8h") Duration dueSoon,
        @DefaultValue("15m") Duration deadlineCheckInterval,
        @DefaultValue("sandbox") String gateway,
        String mailFrom) {}
