package vn.civic.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dossier module ({@code civic.dossier.*}).
 *
 * @param codePattern the dossier code: literal text with the tokens {@code {agency}} (organisation code of the
 *     receiving agency), {@code {date:<DateTimeFormatter pattern>}} (the day of receipt in Asia/Ho_Chi_Minh) and
 *     {@code {seq:<width>}} (the agency's daily sequence, zero-padded). Default {@code {agency}-{date:yyMMdd}-{seq:4}}
 *     after Circular 01/2018; configurable because the format of Circular 03/2025 is unconfirmed
 * @param dueSoonWorkingDays a dossier whose remaining working time is at most this counts as due soon in the inbox
 * @param trackingFailuresPerCode public tracking: wrong second factors for one code within an hour before the code is
 *     locked for an hour
 * @param trackingFailuresPerClient public tracking: failed look-ups from one client address within an hour before the
 *     address is locked for an hour
 */
@ConfigurationProperties("civic.dossier")
public record DossierProperties(
        @DefaultValue("{agency}-{date:yyMMdd}-{seq:4}") String codePattern,
        @DefaultValue("2") int dueSoonWorkingDays,
        @DefaultValue("10") int trackingFailuresPerCode,
        @DefaultValue("100") int trackingFailuresPerClient) {}
