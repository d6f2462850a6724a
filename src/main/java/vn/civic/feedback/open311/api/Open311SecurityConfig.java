package vn.civic.feedback.open311.api;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import vn.civic.identity.MachineClientKeys;

/**
 * The Open311 endpoint's own security chain, ahead of the pages' chain: stateless, so no session is read or made and
 * a browser's session cookie carries no authority here (hence no CSRF token either: nothing rides on ambient
 * credentials). Reading is open to anyone, as GeoReport v2 has it, and returns only public data; creating a request
 * needs an API key of a machine client with the scope {@code feedback.write} (privilege {@code FEEDBACK_CREATE}),
 * checked by the endpoint so that a refusal has the specification's shape. Browsers on other sites may read (CORS for
 * GET), never post.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain open311Chain(HttpSecurity http, MachineClientKeys keys) throws Exception {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(List.of("*"));
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        cors.registerCorsConfiguration(Open311Api.ROOT + "/**", reads);
        http.securityMatcher(Open311Api.ROOT + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .addFilterBefore(new Open311ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(c -> c.configurationSource(cors))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
