package vn.civic.identity.security;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.civic.identity.oidc.OidcSignIn;
import vn.civic.platform.security.ImageSources;
import vn.civic.platform.security.PublicEndpoints;

/**
 * Web security of the pages (the API and the token endpoint have their own chains, ahead of this one, in
 * {@code vn.civic.identity.client.security}): public paths declared by the modules are open; everything else needs
 * sign-in. Pages sign in with the
 * Civic form ({@code /login}) against {@link PasswordSignIn}, or through an OpenID Connect provider when one is
 * configured ({@link OidcSignIn}); CSRF tokens guard every form (Spring Security's default); responses carry the
 * security headers of docs/decisions/0007-identity.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Scripts, styles, images and fonts from the platform's own origin only: no inline script or style, no plugin, no
     * framing, forms posted only to the platform. Images may also come from the origins modules declare as
     * {@link ImageSources} (a map's tiles).
     */
    static String contentSecurityPolicy(List<ImageSources> imageSources) {
        StringBuilder images = new StringBuilder("'self' data:");
        imageSources.stream()
                .flatMap(s -> s.origins().stream())
                .distinct()
                .forEach(origin -> images.append(' ').append(origin));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors 'none'";
    }

    /** Browser features no page of the platform uses. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    /** Publishes authorization-denied events, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            List<PublicEndpoints> publicEndpoints,
            List<ImageSources> imageSources,
            PasswordSignIn signIn,
            OidcSignIn oidc,
            ApplicationEventPublisher events)
            throws Exception {
        String[] open = publicEndpoints.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        // The form's own manager: sign-in success and failure events reach the audit log.
        ProviderManager signInManager = new ProviderManager(new PasswordAuthenticationProvider(signIn));
        AuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        signInManager.setAuthenticationEventPublisher(publisher);
        String policy = contentSecurityPolicy(imageSources);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(signInManager)
                .formLogin(login -> login.loginPage("/login")
                        .permitAll()
                        .successHandler(SignInHandlers.success())
                        .failureHandler(SignInHandlers.failure()))
                .logout(logout -> logout.logoutSuccessHandler(oidc.signOut()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        oidc.configure(http);
        return http.build();
    }
}
