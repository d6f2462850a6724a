package vn.civic.identity.security;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;
import vn.civic.identity.AccountKind;
import vn.civic.platform.security.Actor;

/**
 * The signed-in account, as the session keeps it: small and serialisable, because every application node reads it
 * from the {@code spring_session} table. Its privileges are the authentication's authorities; its name is the
 * username, which Spring Session indexes to find (and end) an account's sessions.
 */
public record CivicPrincipal(
        long accountId, String username, String displayName, AccountKind kind, Long agencyId, String agencyCode)
        implements Actor, AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String actorId() {
        return "account:" + accountId;
    }

    @Override
    public String getName() {
        return username;
    }
}
