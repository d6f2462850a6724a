package vn.civic.signature.revocation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

/** The revocation list on the administration page, for system administrators. */
@Configuration(proxyBeanMethods = false)
class RevocationWebConfig {

    @Bean
    AdminSection signatureRevocationAdminSection() {
        return new AdminSection(
                "signature.revocation.section.title",
                "signature.revocation.section.description",
                RevocationAdminController.PATH,
                Privilege.EXCHANGE_MANAGE,
                97);
    }
}
