package vn.civic.identity.client.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.client.ApiClientActor;
import vn.civic.identity.client.ApiClientAuthentication;
import vn.civic.identity.client.ApiClientAuthentication.Method;
import vn.civic.identity.client.ApiClientProperties.TrustedIssuer;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.domain.ApiClient;
import vn.civic.identity.client.domain.ApiClients;

/**
 * Turns a verified access token into the registered client it names, checked against the registry on every
 * request: a revoked client, or a token issued before the secret was rotated, is refused at once on every node.
 * The scopes in effect are those of the token that the client is (still) granted.
 */
@Component
class ClientAuthentications {

    static final String NOT_A_CLIENT = "The access token does not belong to an active registered client";

    private final ApiClients clients;

    ClientAuthentications(ApiClients clients) {
        this.clients = clients;
    }

    /** A token of Civic's own token endpoint. */
    @Transactional(readOnly = true)
    public ApiClientAuthentication fromCivicToken(Jwt jwt) {
        String clientId =
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.CLIENT_ID)).orElse(jwt.getSubject());
        Number secretVersion = jwt.getClaim(TokenClaims.SECRET_VERSION);
        ApiClient client = clientId == null
                ? null
                : clients.findByClientId(clientId)
                        .filter(ApiClient::isActive)
                        .filter(c -> secretVersion != null && secretVersion.intValue() == c.secretVersion())
                        .orElse(null);
        if (client == null) {
            throw new InvalidBearerTokenException(NOT_A_CLIENT);
        }
        return authentication(client, scopes(jwt), Method.TOKEN);
    }

    /** A token of a trusted issuer, for the client registered with that issuer and the token's client id. */
    @Transactional(readOnly = true)
    public ApiClientAuthentication fromExternalToken(Jwt jwt, TrustedIssuer issuer) {
        String externalId = firstClaim(jwt, issuer.clientIdClaim(), "azp", "sub");
        ApiClient client = externalId == null
                ? null
                : clients.findByExternalIssuerAndExternalClientId(issuer.issuer(), externalId)
                        .filter(ApiClient::isActive)
                        .orElse(null);
        if (client == null) {
            throw new InvalidBearerTokenException(NOT_A_CLIENT);
        }
        return authentication(client, scopes(jwt), Method.EXTERNAL_TOKEN);
    }

    static ApiClientAuthentication authentication(ApiClient client, Set<ApiScope> requested, Method method) {
        var view = client.view();
        Set<ApiScope> granted = client.scopes();
        Set<ApiScope> effective = EnumSet.noneOf(ApiScope.class);
        requested.stream().filter(granted::contains).forEach(effective::add);
        ApiClientActor actor = new ApiClientActor(
                view.clientId(), view.name(), view.agencyId(), view.agencyCode(), view.memberId(), granted);
        return new ApiClientAuthentication(actor, effective, method);
    }

    /** The {@code scope} claim (a space-separated string or a list) or {@code scp}; unknown scopes are ignored. */
    static Set<ApiScope> scopes(Jwt jwt) {
        Object claim =
                jwt.hasClaim(TokenClaims.SCOPE) ? jwt.getClaim(TokenClaims.SCOPE) : jwt.getClaim(TokenClaims.SCP);
        Collection<?> values;
        if (claim instanceof String s) {
            values = List.of(s.trim().split("\\s+"));
        } else if (claim instanceof Collection<?> c) {
            values = c;
        } else {
            values = List.of();
        }
        return values.stream()
                .map(String::valueOf)
                .map(ApiScope::of)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }

    private static String firstClaim(Jwt jwt, String... names) {
        for (String name : names) {
            String value = jwt.getClaimAsString(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
