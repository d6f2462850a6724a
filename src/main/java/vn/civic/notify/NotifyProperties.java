package vn.civic.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications ({@code civic.notify.*}).
 *
 * @param dueSoon officials are told about a dossier due within this time (and again once it is overdue)
 * @param deadlineCheckInterval how often the due dates are looked at
 * @param overdueWindow how long after its due date a dossier is still looked at for its "overdue" notice: longer than
 *     the check interval (and any stop of every node), so that each dossier falls due inside one check; older ones are
 *     left alone, so each check reads only the dossiers that fell due recently, however many are overdue
 * @param gateway the SMS/chat gateway: {@code sandbox} (default) records what would be sent, for administrators to
 *     read; a real gateway is another {@link MessageGateway} bean selected by another value
 * @param mailFrom the sender of notification emails; the platform's ({@code civic.identity.mail-from}) when blank
 */
@ConfigurationProperties("civic.notify")
public record NotifyProperties(
        @DefaultValue("8h") Duration dueSoon,
        @DefaultValue("15m") Duration deadlineCheckInterval,
        @DefaultValue("2d") Duration overdueWindow,
        @DefaultValue("sandbox") String gateway,
        String mailFrom) {}
