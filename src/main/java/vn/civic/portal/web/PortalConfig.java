package vn.civic.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class PortalConfig {

    @Bean
    PublicEndpoints portalPublicEndpoints() {
        return PublicEndpoints.of("/");
    }
}
