package vn.civic.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal names itself.
 *
 * @param name portal name shown on the home page, e.g. "Cổng Dịch vụ công Thành phố Hà Nội"; empty shows the
 *     generic name from the message bundle
 */
@ConfigurationProperties("civic.portal")
public record PortalProperties(@DefaultValue("") String name) {}
