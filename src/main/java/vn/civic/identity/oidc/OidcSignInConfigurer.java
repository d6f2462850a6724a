package vn.civic.identity.oidc;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractAuthenticationFilterConfigurer;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Adds the provider sign-in to the pages' filter chain like the form login: the same session handling (a new session
 * id, a new CSRF token), the same security-context repository, success and sign-in page. Spring Security's
 * {@code oauth2Login()} is not used because its result must be the provider's user; here it is the Civic account.
 * The chain's authentication manager checks passwords only, so the callback gets its own, which exchanges the code.
 */
final class OidcSignInConfigurer
        extends AbstractAuthenticationFilterConfigurer<HttpSecurity, OidcSignInConfigurer, OidcCallbackFilter> {

    private final OAuth2AuthorizationRequestRedirectFilter start;
    private final AuthenticationManager codeExchange;

    OidcSignInConfigurer(
            OidcCallbackFilter callback,
            OAuth2AuthorizationRequestRedirectFilter start,
            AuthenticationManager codeExchange) {
        super(callback, OidcSignIn.CALLBACK);
        this.start = start;
        this.codeExchange = codeExchange;
    }

    @Override
    public void init(HttpSecurity http) {
        // Civic's own sign-in page, which shows the providers' buttons: Spring Security generates none
        loginPage("/login");
        super.init(http);
    }

    @Override
    public void configure(HttpSecurity http) {
        RequestCache requestCache = http.getSharedObject(RequestCache.class);
        if (requestCache != null) {
            start.setRequestCache(requestCache);
        }
        http.addFilter(postProcess(start));
        super.configure(http);
        getAuthenticationFilter().setAuthenticationManager(codeExchange);
    }

    @Override
    protected RequestMatcher createLoginProcessingUrlMatcher(String loginProcessingUrl) {
        return PathPatternRequestMatcher.withDefaults().matcher(loginProcessingUrl);
    }
}
