package vn.civic.identity.client;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated machine client. Its authorities are the privileges of the scopes in effect for this request: the
 * scopes of the token (never more than the client was granted) or, for an API key, the client's granted scopes.
 */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    /** How the client proved who it is. */
    public enum Method {
        /** An access token issued by Civic's token endpoint. */
        TOKEN,
        /** An access token issued by a trusted external issuer (a provincial LGSP). */
        EXTERNAL_TOKEN,
        API_KEY
    }

    private final ApiClientActor client;
    private final Set<ApiScope> scopes;
    private final Method method;

    public ApiClientAuthentication(ApiClientActor client, Set<ApiScope> scopes, Method method) {
        super(scopes.stream()
                .sorted(Comparator.naturalOrder())
                .map(s -> new SimpleGrantedAuthority(s.privilege().authority()))
                .toList());
        this.client = client;
        this.scopes = Set.copyOf(scopes);
        this.method = method;
        setAuthenticated(true);
    }

    @Override
    public ApiClientActor getPrincipal() {
        return client;
    }

    /** Nothing: the token or key is not kept once checked. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return client.clientId();
    }

    public Set<ApiScope> scopes() {
        return scopes;
    }

    public List<String> scopeValues() {
        return scopes.stream().sorted().map(ApiScope::value).toList();
    }

    public Method method() {
        return method;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiClientAuthentication other
                && super.equals(other)
                && client.equals(other.client)
                && method == other.method;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + client.hashCode();
    }
}
