package vn.civic.exchange.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national public-service portal's synchronisation endpoint ({@code civic.exchange.portal.*}).
 *
 * @param url where dossiers are POSTed as JSON; blank (the default) turns the synchronisation off and nothing is
 *     enqueued
 * @param token sent as {@code Authorization: Bearer <token>} when set (the portal or the provincial LGSP issues it)
 * @param timeout how long to wait for the portal's answer; a timeout is retried like an error answer
 */
@ConfigurationProperties("civic.exchange.portal")
public record PortalProperties(
        String url, String token, @DefaultValue("10s") Duration timeout) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}
