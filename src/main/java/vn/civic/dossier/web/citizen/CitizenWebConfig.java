package vn.civic.dossier.web.citizen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

/** Public tracking by code, as a page and as an API; everything else of the applicant's side needs sign-in. */
@Configuration(proxyBeanMethods = false)
class CitizenWebConfig {

    @Bean
    PublicEndpoints dossierTrackingPublicEndpoints() {
        return PublicEndpoints.of("/track", "/api/dossiers/status");
    }
}
