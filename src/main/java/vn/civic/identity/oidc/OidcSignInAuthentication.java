package vn.civic.identity.oidc;

import java.io.Serial;
import java.util.Collection;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import vn.civic.identity.security.CivicPrincipal;
import vn.civic.platform.security.SignInMethod;

/**
 * A session signed in through an OpenID Connect provider: the same {@link CivicPrincipal} and privileges as a password
 * sign-in, plus the provider, for the audit log and for signing out there too. Kept in the session table, so it holds
 * no access or refresh token; only the ID token, and only when signing out at the provider needs it as a hint.
 */
public final class OidcSignInAuthentication extends AbstractAuthenticationToken implements SignInMethod {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CivicPrincipal principal;
    private final String providerId;
    private final String idToken;

    OidcSignInAuthentication(
            CivicPrincipal principal,
            Collection<? extends GrantedAuthority> authorities,
            String providerId,
            String idToken) {
        super(authorities);
        this.principal = principal;
        this.providerId = providerId;
        this.idToken = idToken;
        setAuthenticated(true);
    }

    @Override
    public CivicPrincipal getPrincipal() {
        return principal;
    }

    /** Nothing to check again: the provider checked the person. */
    @Override
    public Object getCredentials() {
        return null;
    }

    /** The client registration id, e.g. {@code vneid}. */
    public String providerId() {
        return providerId;
    }

    /** The ID token of the sign-in, the hint for the provider's end-session endpoint; null when not needed. */
    String idToken() {
        return idToken;
    }

    @Override
    public String signInMethod() {
        return "oidc:" + providerId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcSignInAuthentication that
                && super.equals(that)
                && providerId.equals(that.providerId)
                && Objects.equals(idToken, that.idToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), providerId);
    }
}
