package vn.civic.identity.client.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.domain.ApiClient;
import vn.civic.identity.client.domain.ApiClients;

/**
 * The registry as the token endpoint sees it: an active client may use the client-credentials grant with its
 * secret (HTTP Basic or form) for its granted scopes. Revoked clients are not found, so they fail as
 * {@code invalid_client}. Clients are registered on the administration pages, never through this repository.
 */
class RegisteredApiClients implements RegisteredClientRepository {

    static final String SECRET_VERSION = "civic.secret-version";
    static final String MEMBER = "civic.member";
    static final String AGENCY_CODE = "civic.agency-code";

    private final ApiClients clients;
    private final Duration timeToLive;

    RegisteredApiClients(ApiClients clients, Duration timeToLive) {
        this.clients = clients;
        this.timeToLive = timeToLive;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are registered on the administration pages");
    }

    @Override
    public RegisteredClient findById(String id) {
        try {
            return registered(clients.findById(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return registered(clients.findByClientId(clientId));
    }

    private RegisteredClient registered(Optional<ApiClient> found) {
        return found.filter(ApiClient::isActive).map(this::registered).orElse(null);
    }

    private RegisteredClient registered(ApiClient client) {
        var view = client.view();
        return RegisteredClient.withId(view.id() + "")
                .clientId(view.clientId())
                .clientName(view.name())
                .clientIdIssuedAt(view.createdAt())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> view.scopes().stream().map(ApiScope::value).forEach(scopes::add))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(false)
                        .requireAuthorizationConsent(false)
                        .setting(SECRET_VERSION, client.secretVersion())
                        .setting(MEMBER, view.memberId())
                        .setting(AGENCY_CODE, view.agencyCode())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(timeToLive)
                        .build())
                .build();
    }
}
