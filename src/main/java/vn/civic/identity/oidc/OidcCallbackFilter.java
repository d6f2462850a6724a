package vn.civic.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityError;
import vn.civic.identity.security.AccountPrincipals;

/**
 * The provider's answer at {@code /login/oauth2/code/{registrationId}}: Spring Security's OAuth2 login filter checks
 * the state, exchanges the code, validates the ID token (signature, issuer, audience, nonce) and reads the user info;
 * then the identity becomes a Civic account ({@link OidcAccounts}) and the session holds that account's
 * {@code CivicPrincipal}, as after a password sign-in, never the provider's user. The provider's tokens are not kept.
 */
final class OidcCallbackFilter extends OAuth2LoginAuthenticationFilter {

    private final OidcProviders providers;
    private final OidcAccounts accounts;
    private final AccountPrincipals principals;

    OidcCallbackFilter(OidcProviders providers, OidcAccounts accounts, AccountPrincipals principals) {
        super(providers.registrations(), new UnstoredClients(), OidcSignIn.CALLBACK);
        this.providers = providers;
        this.accounts = accounts;
        this.principals = principals;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthenticationToken confirmed =
                (OAuth2AuthenticationToken) super.attemptAuthentication(request, response);
        String providerId = confirmed.getAuthorizedClientRegistrationId();
        OidcUser user = (OidcUser) confirmed.getPrincipal();
        AccountView account;
        try {
            account = accounts.signIn(
                    providerId, providers.provider(providerId).orElseThrow(), user.getSubject(), user.getClaims());
        } catch (DataIntegrityViolationException concurrent) {
            // the same person's first sign-in twice at once: the other one created the account and the link
            throw OidcAccounts.refused(
                    IdentityError.OIDC_FAILED, providerId, user.getSubject(), "concurrent first sign-in");
        }
        String idToken = providers.endSessionEndpoint(providerId).isPresent()
                ? user.getIdToken().getTokenValue()
                : null;
        return new OidcSignInAuthentication(
                principals.principal(account), AccountPrincipals.authorities(account), providerId, idToken);
    }
}
