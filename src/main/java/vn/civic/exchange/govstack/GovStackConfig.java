package vn.civic.exchange.govstack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

/** The GovStack services and e-forms are public, like the procedure catalogue they show (decision 0011). */
@Configuration(proxyBeanMethods = false)
class GovStackConfig {

    @Bean
    PublicEndpoints govStackPublicEndpoints() {
        return PublicEndpoints.of(
                GovStackRegistration.BASE + "/services",
                GovStackRegistration.BASE + "/services/*",
                GovStackRegistration.BASE + "/services/*/eForms",
                GovStackRegistration.BASE + "/eForms/*");
    }
}
