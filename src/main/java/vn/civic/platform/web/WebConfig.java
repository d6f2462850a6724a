package vn.civic.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

/** Static assets and the error page are public. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    PublicEndpoints platformPublicEndpoints() {
        return PublicEndpoints.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error");
    }
}
