package vn.civic.identity.client;

import java.time.Instant;
import java.util.List;

/**
 * A registered machine client as the administration pages and the API show it; never its secret.
 *
 * @param clientId what the client authenticates with, e.g. {@code lgsp-hanoi}
 * @param memberId {@code VN:GOV:<organisation code>:<subsystem>}
 * @param externalIssuer the trusted issuer whose tokens also identify this client, or null
 * @param externalClientId the client's id at that issuer, or null
 */
public record ApiClientView(
        long id,
        String clientId,
        String name,
        long agencyId,
        String agencyCode,
        String subsystem,
        String memberId,
        List<ApiScope> scopes,
        ApiClientStatus status,
        String externalIssuer,
        String externalClientId,
        Instant createdAt,
        Instant revokedAt,
        long version) {

    /** The member address of a subsystem of an agency, as X-Road and the national NDXP write it. */
    public static String memberId(String agencyCode, String subsystem) {
        return "VN:GOV:" + agencyCode + ":" + subsystem;
    }

    public boolean active() {
        return status == ApiClientStatus.ACTIVE;
    }

    /** What the audit log keeps of the client. */
    public String summary() {
        return "clientId=" + clientId + ", member=" + memberId + ", name=" + name + ", scopes="
                + scopes.stream().map(ApiScope::value).toList() + ", status=" + status
                + (externalIssuer == null ? "" : ", external=" + externalClientId + "@" + externalIssuer);
    }
}
