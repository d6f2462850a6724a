package vn.civic.test;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A provincial LGSP's authorisation server for the tests: an issuer of the real, in-process mock-oauth2-server that
 * {@link OidcServers} starts once per JVM, configured as Civic's trusted token issuer
 * ({@code civic.api.trusted-issuers[0]}).
 */
public class LgspIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The issuer id: tokens are issued by {@code http://<host>:<port>/lgsp-hanoi}. */
    public static final String ISSUER_ID = "lgsp-hanoi";

    /** The running server, shared with the sign-in providers ({@link OidcServers}). */
    public static MockOAuth2Server server() {
        return OidcServers.server();
    }

    /** The {@code iss} of the LGSP's tokens. */
    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "civic.api.trusted-issuers[0].name=LGSP Hà Nội (thử nghiệm)",
                        "civic.api.trusted-issuers[0].issuer=" + issuer(),
                        "civic.api.trusted-issuers[0].jwk-set-uri=" + server().jwksUrl(ISSUER_ID))
                .applyTo(context.getEnvironment());
    }
}
