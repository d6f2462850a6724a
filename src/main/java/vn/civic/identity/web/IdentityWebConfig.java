package vn.civic.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfig {

    /** Signing in and resetting a forgotten password are for people who are not signed in. */
    @Bean
    PublicEndpoints identityPublicEndpoints() {
        return PublicEndpoints.of("/login", "/password/forgot", "/password/reset");
    }
}
