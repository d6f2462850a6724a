package vn.civic.identity.client.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class ApiClientWebConfig {

    @Bean
    AdminSection apiClientAdminSection() {
        return new AdminSection(
                "apiclient.section.title",
                "apiclient.section.description",
                "/admin/clients",
                Privilege.API_CLIENT_MANAGE,
                80);
    }
}
