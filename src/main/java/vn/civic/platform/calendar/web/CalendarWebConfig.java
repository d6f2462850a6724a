package vn.civic.platform.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class CalendarWebConfig {

    @Bean
    AdminSection calendarAdminSection() {
        return new AdminSection(
                "calendar.section.title",
                "calendar.section.description",
                "/admin/calendar",
                Privilege.CALENDAR_MANAGE,
                70);
    }
}
