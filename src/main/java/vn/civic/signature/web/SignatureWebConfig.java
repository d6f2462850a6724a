package vn.civic.signature.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.PublicEndpoints;

/** Anyone may check a signed PDF, on the page and through the API, without signing in. */
@Configuration(proxyBeanMethods = false)
class SignatureWebConfig {

    @Bean
    PublicEndpoints signatureCheckPublicEndpoints() {
        return PublicEndpoints.of(SignatureCheckController.PATH, "/api/signatures/validations");
    }
}
