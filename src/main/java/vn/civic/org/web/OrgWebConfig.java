package vn.civic.org.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

/** The organisation's entries on the administration index, each shown to the holders of its privilege. */
@Configuration(proxyBeanMethods = false)
class OrgWebConfig {

    @Bean
    AdminSection unitsAdminSection() {
        return new AdminSection(
                "org.section.units.title",
                "org.section.units.description",
                "/admin/org/units",
                Privilege.UNIT_MANAGE,
                20);
    }

    @Bean
    AdminSection agenciesAdminSection() {
        return new AdminSection(
                "org.section.agencies.title",
                "org.section.agencies.description",
                "/admin/org/agencies",
                Privilege.AGENCY_MANAGE,
                30);
    }

    @Bean
    AdminSection departmentsAdminSection() {
        return new AdminSection(
                "org.section.departments.title",
                "org.section.departments.description",
                "/admin/org/departments",
                Privilege.DEPARTMENT_MANAGE,
                40);
    }

    @Bean
    AdminSection positionsAdminSection() {
        return new AdminSection(
                "org.section.positions.title",
                "org.section.positions.description",
                "/admin/org/positions",
                Privilege.UNIT_MANAGE,
                50);
    }
}
