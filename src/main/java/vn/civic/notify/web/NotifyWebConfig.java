package vn.civic.notify.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class NotifyWebConfig {

    @Bean
    AdminSection notificationAdminSection() {
        return new AdminSection(
                "notify.section.title",
                "notify.section.description",
                "/admin/notifications",
                Privilege.NOTIFICATION_MANAGE,
                95);
    }
}
