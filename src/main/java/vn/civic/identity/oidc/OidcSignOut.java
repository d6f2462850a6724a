package vn.civic.identity.oidc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After Civic's session ended: home, or, for a session that began at a provider advertising an end-session endpoint,
 * on to that endpoint (OpenID Connect RP-Initiated Logout 1.0) with the ID token as hint and Civic's public address
 * as the place to come back to; that address must be registered at the provider as a post-logout redirect URI.
 */
final class OidcSignOut implements LogoutSuccessHandler {

    private final OidcProviders providers;
    private final URI home;
    private final SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();

    OidcSignOut(OidcProviders providers, URI publicUrl) {
        this.providers = providers;
        this.home = publicUrl.resolve("/");
        local.setDefaultTargetUrl("/");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof OidcSignInAuthentication signedIn && signedIn.idToken() != null) {
            var endpoint = providers.endSessionEndpoint(signedIn.providerId());
            if (endpoint.isPresent()) {
                UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(endpoint.get())
                        .queryParam("id_token_hint", signedIn.idToken())
                        .queryParam("post_logout_redirect_uri", home.toString());
                providers.clientId(signedIn.providerId()).ifPresent(id -> uri.queryParam("client_id", id));
                response.sendRedirect(uri.encode().build().toUriString());
                return;
            }
        }
        local.onLogoutSuccess(request, response, authentication);
    }
}
