package vn.civic.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.civic.identity.oidc.OidcProperties.Provider;

/**
 * The redirect to a provider at {@code /login/oidc/{registrationId}}: Spring Security's authorisation request (state,
 * nonce, the redirect URI of the registration, kept in the session until the answer), with a PKCE challenge when the
 * provider's {@code pkce} is on. An id that is not a provider is left alone (the address then needs sign-in, like any
 * unknown one) instead of failing with a server error.
 */
final class ProviderAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    private final OidcProviders providers;
    private final DefaultOAuth2AuthorizationRequestResolver resolver;
    private final RequestMatcher start =
            PathPatternRequestMatcher.withDefaults().matcher(OidcSignIn.START + "/{registrationId}");

    ProviderAuthorizationRequests(OidcProviders providers) {
        this.providers = providers;
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(providers.registrations(), OidcSignIn.START);
        this.resolver.setAuthorizationRequestCustomizer(this::pkceIfWanted);
    }

    private void pkceIfWanted(OAuth2AuthorizationRequest.Builder request) {
        String[] id = new String[1];
        request.attributes(attributes -> id[0] = (String) attributes.get(OAuth2ParameterNames.REGISTRATION_ID));
        if (providers.provider(id[0]).map(Provider::pkce).orElse(false)) {
            Consumer<OAuth2AuthorizationRequest.Builder> pkce = OAuth2AuthorizationRequestCustomizers.withPkce();
            pkce.accept(request);
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        RequestMatcher.MatchResult match = start.matcher(request);
        return match.isMatch() && isProvider(match.getVariables().get("registrationId"))
                ? resolver.resolve(request)
                : null;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return isProvider(clientRegistrationId) ? resolver.resolve(request, clientRegistrationId) : null;
    }

    private boolean isProvider(String id) {
        return providers.provider(id).isPresent();
    }
}
