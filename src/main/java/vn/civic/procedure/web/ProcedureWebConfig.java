package vn.civic.procedure.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.security.PublicEndpoints;
import vn.civic.platform.web.AdminSection;

/** The catalogue's public pages and API, and its entry on the administration index. */
@Configuration(proxyBeanMethods = false)
class ProcedureWebConfig {

    @Bean
    PublicEndpoints procedurePublicEndpoints() {
        return PublicEndpoints.of("/procedures", "/procedures/*", "/api/procedures", "/api/procedures/*");
    }

    @Bean
    AdminSection proceduresAdminSection() {
        return new AdminSection(
                "procedure.section.title",
                "procedure.section.description",
                "/admin/procedures",
                Privilege.PROCEDURE_MANAGE,
                60);
    }
}
