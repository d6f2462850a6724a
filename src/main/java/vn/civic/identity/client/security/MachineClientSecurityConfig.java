package vn.civic.identity.client.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretBasicAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretPostAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.civic.identity.client.ApiClientProperties;
import vn.civic.identity.client.ApiClientProperties.TrustedIssuer;
import vn.civic.identity.client.SecretEncoder;
import vn.civic.identity.client.domain.ApiClients;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.Problems;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.security.PublicEndpoints;

/**
 * Security for machine clients, ahead of the pages' chain: the token endpoint ({@code /oauth2/**}) and the API
 * ({@code /api/**}). Both are stateless: no session is read or made, so there is no CSRF to guard against, and every
 * request proves its client with a bearer token or an API key. Refusals are RFC 9457 problem details with a
 * {@code WWW-Authenticate} challenge. See docs/decisions/0008-machine-clients.md.
 */
@Configuration(proxyBeanMethods = false)
class MachineClientSecurityConfig {

    static final String TOKEN_ENDPOINT = "/oauth2/token";
    static final String JWK_SET_ENDPOINT = "/oauth2/jwks";
    static final String PROMETHEUS = "/actuator/prometheus";

    /**
     * Civic's authorisation server, served by Spring Security's: the client-credentials grant at
     * {@code POST /oauth2/token} with the client secret in HTTP Basic or the form, and the public keys at
     * {@code GET /oauth2/jwks}. Its other endpoints (authorisation code, introspection, revocation, metadata) answer
     * 404: no client may use them.
     */
    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpointChain(
            HttpSecurity http,
            ApiClients clients,
            ApiClientProperties properties,
            TokenSigningKeys keys,
            Problems problems,
            AuditLog audit)
            throws Exception {
        TokenEndpointResponses responses = new TokenEndpointResponses(problems, audit);
        ApiChallenges challenges = new ApiChallenges(problems, audit);
        JwtGenerator tokens = new JwtGenerator(new NimbusJwtEncoder(keys.signingKey()));
        tokens.setJwtCustomizer(civicClaims());
        Customizer<OAuth2AuthorizationServerConfigurer> server = authorizationServer -> authorizationServer
                .registeredClientRepository(
                        new RegisteredApiClients(clients, properties.tokens().timeToLive()))
                .authorizationService(new UnstoredAuthorizations())
                .authorizationServerSettings(AuthorizationServerSettings.builder()
                        .issuer(properties.tokens().issuer().toString())
                        .tokenEndpoint(TOKEN_ENDPOINT)
                        .jwkSetEndpoint(JWK_SET_ENDPOINT)
                        .build())
                .tokenGenerator(tokens)
                .clientAuthentication(client -> client.authenticationConverters(converters ->
                                converters.removeIf(c -> !(c instanceof ClientSecretBasicAuthenticationConverter
                                        || c instanceof ClientSecretPostAuthenticationConverter)))
                        .authenticationProviders(providers -> {
                            providers.removeIf(p -> !(p instanceof ClientSecretAuthenticationProvider));
                            // explicitly: a PasswordEncoder bean (for staff passwords) must not apply to clients
                            providers.forEach(p ->
                                    ((ClientSecretAuthenticationProvider) p).setPasswordEncoder(new SecretEncoder()));
                        })
                        .errorResponseHandler(responses))
                .tokenEndpoint(token -> token.accessTokenRequestConverters(converters -> converters.removeIf(
                                c -> !(c instanceof OAuth2ClientCredentialsAuthenticationConverter)))
                        .authenticationProviders(providers ->
                                providers.removeIf(p -> !(p instanceof OAuth2ClientCredentialsAuthenticationProvider)))
                        .accessTokenResponseHandler(responses)
                        .errorResponseHandler(responses));
        http.setSharedObject(com.nimbusds.jose.jwk.source.JWKSource.class, keys.verificationKeys());
        // Refusals are audited by TokenEndpointResponses as token refusals, not as staff sign-in failures.
        http.getSharedObject(AuthenticationManagerBuilder.class).authenticationEventPublisher(new Unpublished());
        RequestMatcher served = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TOKEN_ENDPOINT),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, JWK_SET_ENDPOINT));
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server/**")
                .oauth2AuthorizationServer(server)
                .addFilterBefore(new OnlyServed(served, problems), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, JWK_SET_ENDPOINT)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(challenges).accessDeniedHandler(challenges));
        return http.build();
    }

    /**
     * The API: a bearer token (Civic's own, or a trusted issuer's for a client registered with it) or an API key.
     * Paths that modules declare public ({@link PublicEndpoints}) stay open; everything else needs a client, and each
     * endpoint checks its privilege. The Prometheus metrics are scraped the same way, by a monitoring system's client
     * with the scope {@code metrics.read}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiClientProperties properties,
            TokenSigningKeys keys,
            ClientAuthentications authentications,
            ApiKeyAuthenticator apiKeys,
            List<PublicEndpoints> publicEndpoints,
            Problems problems,
            AuditLog audit)
            throws Exception {
        ApiChallenges challenges = new ApiChallenges(problems, audit);
        String[] open = publicEndpoints.stream()
                .flatMap(p -> p.patterns().stream())
                .filter(p -> p.startsWith("/api/"))
                .distinct()
                .toArray(String[]::new);
        http.securityMatcher("/api/**", PROMETHEUS)
                .authorizeHttpRequests(auth -> {
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.requestMatchers(PROMETHEUS).hasAuthority(Privilege.METRICS_READ.authority());
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(issuers(properties, keys, authentications))
                        .authenticationEntryPoint(challenges)
                        .accessDeniedHandler(challenges))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(apiKeys, challenges), BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(challenges).accessDeniedHandler(challenges));
        return http.build();
    }

    /** One authentication manager per issuer, chosen by the token's {@code iss}: Civic's and each trusted one. */
    static JwtIssuerAuthenticationManagerResolver issuers(
            ApiClientProperties properties, TokenSigningKeys keys, ClientAuthentications authentications) {
        Map<String, AuthenticationManager> managers = new HashMap<>();
        String civic = properties.tokens().issuer().toString();
        NimbusJwtDecoder own =
                NimbusJwtDecoder.withJwkSource(keys.verificationKeys()).build();
        own.setJwtValidator(JwtValidators.createDefaultWithIssuer(civic));
        JwtAuthenticationProvider ownProvider = new JwtAuthenticationProvider(own);
        ownProvider.setJwtAuthenticationConverter(authentications::fromCivicToken);
        managers.put(civic, new ProviderManager(ownProvider));
        for (TrustedIssuer trusted : properties.trustedIssuers()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            trusted.jwkSetUri().toString())
                    .build();
            OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(trusted.issuer());
            if (trusted.audience() != null && !trusted.audience().isBlank()) {
                validator =
                        new DelegatingOAuth2TokenValidator<>(validator, new JwtAudienceValidator(trusted.audience()));
            }
            decoder.setJwtValidator(validator);
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(jwt -> authentications.fromExternalToken(jwt, trusted));
            managers.put(trusted.issuer(), new ProviderManager(provider));
        }
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    /** Adds the client id, the member id and the secret version to Civic's access tokens. */
    static OAuth2TokenCustomizer<JwtEncodingContext> civicClaims() {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            var client = context.getRegisteredClient();
            context.getClaims()
                    .claim(TokenClaims.CLIENT_ID, client.getClientId())
                    .claim(TokenClaims.MEMBER, client.getClientSettings().getSetting(RegisteredApiClients.MEMBER))
                    .claim(
                            TokenClaims.SECRET_VERSION,
                            client.getClientSettings().getSetting(RegisteredApiClients.SECRET_VERSION));
        };
    }

    /** Answers 404 for the authorisation server's endpoints that Civic does not serve. */
    static final class OnlyServed extends OncePerRequestFilter {

        private final RequestMatcher served;
        private final Problems problems;

        OnlyServed(RequestMatcher served, Problems problems) {
            this.served = served;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (served.matches(request)) {
                chain.doFilter(request, response);
            } else {
                problems.write(request, response, CommonError.NOT_FOUND);
            }
        }
    }

    /** Publishes nothing: the token endpoint audits its own outcomes. */
    static final class Unpublished implements AuthenticationEventPublisher {
        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            // audited by TokenEndpointResponses
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            // audited by TokenEndpointResponses
        }
    }
}
