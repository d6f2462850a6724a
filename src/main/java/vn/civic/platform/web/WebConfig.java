package vn.civic.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

/**
 * Static assets (under {@code /assets/**}, so that resolving the links of a page does not search the static
 * locations for every page path) and the error page are public.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    PublicEndpoints platformPublicEndpoints() {
        return PublicEndpoints.of("/assets/**", "/webjars/**", "/favicon.ico", "/error");
    }
}
