package vn.civic.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class StaffWebConfig {

    @Bean
    AdminSection staffAdminSection() {
        return new AdminSection(
                "identity.staff.section.title",
                "identity.staff.section.description",
                "/admin/staff",
                Privilege.STAFF_MANAGE,
                20);
    }
}
