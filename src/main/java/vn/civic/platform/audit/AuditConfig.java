package vn.civic.platform.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    AdminSection auditAdminSection() {
        return new AdminSection(
                "audit.section.title", "audit.section.description", "/admin/audit", Privilege.AUDIT_VIEW, 90);
    }
}
