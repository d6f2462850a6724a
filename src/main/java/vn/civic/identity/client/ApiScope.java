package vn.civic.identity.client;

import java.util.Arrays;
import java.util.Optional;
import vn.civic.platform.security.Privilege;

/**
 * What a machine client may be granted, and the one place where a scope maps to a privilege. A client's authorities
 * are the privileges of its scopes, so endpoints check privileges alike for staff and for systems.
 */
public enum ApiScope {
    /** Read the organisation directory: agencies, departments, administrative units. */
    ORG_READ("org.read", Privilege.ORG_READ),
    /** Scrape the Prometheus metrics at {@code /actuator/prometheus}. */
    METRICS_READ("metrics.read", Privilege.METRICS_READ);

    private final String value;
    private final Privilege privilege;

    ApiScope(String value, Privilege privilege) {
        this.value = value;
        this.privilege = privilege;
    }

    /** The scope as OAuth2 requests and tokens carry it, e.g. {@code org.read}. */
    public String value() {
        return value;
    }

    public Privilege privilege() {
        return privilege;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
