package vn.civic.dossier.web.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.civic.platform.security.PublicEndpoints;

/**
 * Under the {@code bench} profile the stand-in status look-up is public, as the tracking it stands in for, and so is the
 * e-result generation, which changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchDossierConfig {

    @Bean
    PublicEndpoints benchDossierPublicEndpoints() {
        return PublicEndpoints.of(BenchDossierController.STATUS_PATH, BenchElectronicResultController.PATH);
    }
}
