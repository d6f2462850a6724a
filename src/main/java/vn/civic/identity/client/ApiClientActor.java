package vn.civic.identity.client;

import java.util.Set;
import vn.civic.platform.security.Actor;

/**
 * A machine client acting through the API: the principal of every request authenticated by a token or an API key.
 *
 * @param clientId the registered client id, e.g. {@code lgsp-hanoi}
 * @param memberId the X-Road-like member address {@code VN:GOV:<organisation code>:<subsystem>}
 */
public record ApiClientActor(
        String clientId, String name, Long agencyId, String agencyCode, String memberId, Set<ApiScope> grantedScopes)
        implements Actor {

    public static final String ACTOR_PREFIX = "client:";

    public ApiClientActor {
        grantedScopes = Set.copyOf(grantedScopes);
    }

    @Override
    public String actorId() {
        return ACTOR_PREFIX + clientId;
    }

    @Override
    public String displayName() {
        return name;
    }
}
