package vn.civic.identity.oidc;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.security.AccountPrincipals;
import vn.civic.identity.security.SignInHandlers;
import vn.civic.platform.audit.AuditLog;

/**
 * Sign-in through OpenID Connect providers (authorisation-code flow), added to the pages' chain by the security
 * configuration when {@code civic.identity.oidc.providers} names any. See docs/decisions/0009-oidc-login.md.
 *
 * <p>The paths are not Spring Security's defaults for the start: {@code /oauth2/**} belongs to the machine clients'
 * token endpoint chain, which answers 404 to everything but its own endpoints.
 */
@Component
public class OidcSignIn {

    /** A sign-in starts at {@code /login/oidc/{registrationId}}, which redirects to the provider. */
    public static final String START = "/login/oidc";

    /** The provider answers here: Spring Boot's default redirect URI {@code {baseUrl}/login/oauth2/code/{id}}. */
    public static final String CALLBACK = "/login/oauth2/code/{registrationId}";

    private final OidcProviders providers;
    private final OidcAccounts accounts;
    private final AccountPrincipals principals;
    private final AuditLog audit;
    private final IdentityProperties identity;

    OidcSignIn(
            OidcProviders providers,
            OidcAccounts accounts,
            AccountPrincipals principals,
            AuditLog audit,
            IdentityProperties identity) {
        this.providers = providers;
        this.accounts = accounts;
        this.principals = principals;
        this.audit = audit;
        this.identity = identity;
    }

    /** Adds the provider sign-in to the chain; without providers, does nothing. */
    public void configure(HttpSecurity http) throws Exception {
        if (!providers.any()) {
            return;
        }
        // the code exchange, the ID token's checks and the user info: Spring Security's OpenID Connect provider
        ProviderManager codeExchange = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
        OidcSignInConfigurer signIn = new OidcSignInConfigurer(
                new OidcCallbackFilter(providers, accounts, principals),
                new OAuth2AuthorizationRequestRedirectFilter(new ProviderAuthorizationRequests(providers)),
                codeExchange);
        http.with(
                signIn,
                configurer -> configurer
                        .successHandler(SignInHandlers.success())
                        .failureHandler(new OidcSignInFailures(audit)));
    }

    /** Where signing out leads: home, or the provider's end-session endpoint after a provider sign-in. */
    public LogoutSuccessHandler signOut() {
        return new OidcSignOut(providers, identity.publicUrl());
    }
}
