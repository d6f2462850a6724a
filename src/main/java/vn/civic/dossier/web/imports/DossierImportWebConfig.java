package vn.civic.dossier.web.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

/** The migration import's entry on the administration index. */
@Configuration(proxyBeanMethods = false)
class DossierImportWebConfig {

    @Bean
    AdminSection dossierImportAdminSection() {
        return new AdminSection(
                "dossier.import.section.title",
                "dossier.import.section.description",
                "/admin/imports/dossiers",
                Privilege.DATA_IMPORT,
                70);
    }
}
