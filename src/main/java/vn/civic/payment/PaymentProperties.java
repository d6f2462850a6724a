package vn.civic.payment;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of payments ({@code civic.payment.*}).
 *
 * @param gateway the gateway payers are sent to ({@code sandbox}: the built-in one)
 * @param pendingTimeout a pending order older than this is queried at its gateway and expires when unpaid
 * @param expiryInterval how often the pending orders are looked at
 * @param receiptTemplateCode the e-receipt's template code (ký hiệu mẫu biên lai); the format under Decree 123/2020
 *     and Circular 78/2021 as amended is unconfirmed, hence configurable
 * @param receiptSeries the e-receipt series (ký hiệu biên lai); numbers run without gaps within a series
 * @param gateways per gateway id: its merchant code and HMAC-SHA512 secret
 */
@ConfigurationProperties("civic.payment")
public record PaymentProperties(
        @DefaultValue("sandbox") String gateway,
        @DefaultValue("15m") Duration pendingTimeout,
        @DefaultValue("1m") Duration expiryInterval,
        @DefaultValue("01BLP0-001") String receiptTemplateCode,
        @DefaultValue("AA-26E") String receiptSeries,
        Map<String, Gateway> gateways) {

    public PaymentProperties {
        gateways = gateways == null ? Map.of() : Map.copyOf(gateways);
    }

    /**
     * One gateway's settings.
     *
     * @param merchantCode the merchant (terminal) code the gateway gave the city (vnp_TmnCode)
     * @param secret the shared HMAC-SHA512 secret; set it per installation
     */
    public record Gateway(String merchantCode, String secret) {}

    /** The settings of a gateway, with the sandbox's development defaults. */
    public Gateway gateway(String id) {
        Gateway configured = gateways.get(id);
        if (configured != null
                && configured.secret() != null
                && !configured.secret().isBlank()) {
            return configured;
        }
        if ("sandbox".equals(id)) {
            return new Gateway("CIVICSBX", "civic-sandbox-secret-change-me");
        }
        return null;
    }
}
