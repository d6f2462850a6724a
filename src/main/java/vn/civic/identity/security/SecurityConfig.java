package vn.civic.identity.security;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.Problems;
import vn.civic.platform.security.PublicEndpoints;

/** Web security: public paths declared by the modules are open; everything else needs sign-in. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Publishes authorization-denied events, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, List<PublicEndpoints> publicEndpoints, Problems problems)
            throws Exception {
        String[] open = publicEndpoints.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        problems.write(request, response, CommonError.UNAUTHENTICATED),
                                API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problems.write(request, response, CommonError.ACCESS_DENIED),
                                API))
                .formLogin(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }
}
