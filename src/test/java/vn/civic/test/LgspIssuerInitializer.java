package vn.civic.test;

import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A provincial LGSP's authorisation server for the tests: a real, in-process mock-oauth2-server, started once per JVM
 * on the loopback address, configured as Civic's trusted token issuer ({@code civic.api.trusted-issuers[0]}).
 */
public class LgspIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The issuer id: tokens are issued by {@code http://<host>:<port>/lgsp-hanoi}. */
    public static final String ISSUER_ID = "lgsp-hanoi";

    private static MockOAuth2Server server;

    /** The running server, started at first use and stopped when the JVM exits. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server();
            started.start(InetAddress.getLoopbackAddress(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "lgsp-issuer-shutdown"));
            server = started;
        }
        return server;
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
