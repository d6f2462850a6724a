package vn.civic.org;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the organisation module.
 *
 * @param organisationCodePattern what an organisation code must match. The default is the
 *     {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} shape of Decision 20/2020/QĐ-TTg (amended by 09/2025/QĐ-TTg), e.g.
 *     {@code 000.00.00.H26}: three groups of letters or digits, then a letter and two letters or digits. Whether the
 *     groups may hold letters is unconfirmed (the commune tier after July 2025 needs more than 99 codes per
 *     province), hence configurable.
 * @param directoryCacheTtl how long a node keeps what it read of the organisation ({@link OrgDirectory}) before reading
 *     it again. An edit on this node is seen at once; on another node of a cluster after at most this long.
 * @param boundaryMaxSize the largest GeoJSON file accepted as a unit's boundary
 * @param boundaryMaxPoints the most positions a unit's boundary may have, all rings together: a ward's surveyed border
 *     has hundreds to a few thousand, a city's full-detail outline tens of thousands
 */
@ConfigurationProperties("civic.org")
public record OrgProperties(
        @DefaultValue("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}")
        Pattern organisationCodePattern,

        @DefaultValue("60s") Duration directoryCacheTtl,
        @DefaultValue("5MB") DataSize boundaryMaxSize,
        @DefaultValue("100000") int boundaryMaxPoints) {

    /** The longest organisation code the exchange format (edXML {@code OrganId}) carries. */
    public static final int ORGANISATION_CODE_MAX = 35;

    /** True when the code has the configured shape and fits edXML. */
    public boolean isValidOrganisationCode(String code) {
        return code != null
                && code.length() <= ORGANISATION_CODE_MAX
                && organisationCodePattern.matcher(code).matches();
    }
}
