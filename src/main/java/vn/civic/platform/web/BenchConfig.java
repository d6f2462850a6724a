package vn.civic.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.civic.platform.security.PublicEndpoints;

/** Under the {@code bench} profile the bare endpoint is public, like the home page it is compared with. */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfig {

    @Bean
    PublicEndpoints benchPublicEndpoints() {
        return PublicEndpoints.of(BareEndpointController.PATH);
    }
}
