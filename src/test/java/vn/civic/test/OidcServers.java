package vn.civic.test;

import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests' OpenID Connect and OAuth2 servers: one real, in-process mock-oauth2-server, started once per JVM on the
 * loopback address, serving one issuer per id ({@code http://<host>:<port>/<id>}). The provincial LGSP
 * ({@link LgspIssuerInitializer}) is one issuer; as an initializer of {@link CivicTest} this class configures two
 * sign-in providers on the same server, through Spring Boot's client registration properties and Civic's own:
 *
 * <ul>
 *   <li>{@value #VNEID}: the national e-ID for citizens and businesses, with the national portal's claim names;
 *   <li>{@value #STAFF}: the city's Keycloak for staff, linking by {@code preferred_username}.
 * </ul>
 *
 * The server issues a code without a login form; a test sets the claims of the next token request for an issuer with
 * {@code server().enqueueCallback(...)}.
 */
public class OidcServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String VNEID = "vneid";
    public static final String VNEID_CLIENT_ID = "civic-dvc-hanoi";
    public static final String STAFF = "keycloak-staff";
    public static final String STAFF_CLIENT_ID = "civic-staff";

    private static MockOAuth2Server server;

    /** The running server, started at first use and stopped when the JVM exits. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server();
            started.start(InetAddress.getLoopbackAddress(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "oidc-servers-shutdown"));
            server = started;
        }
        return server;
    }

    /** The {@code iss} of an issuer id's tokens. */
    public static String issuer(String issuerId) {
        return server().issuerUrl(issuerId).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.security.oauth2.client.registration." + VNEID + ".client-id=" + VNEID_CLIENT_ID,
                        "spring.security.oauth2.client.registration." + VNEID + ".client-secret=vneid-test-secret",
                        "spring.security.oauth2.client.registration." + VNEID + ".scope=openid,profile",
                        "spring.security.oauth2.client.provider." + VNEID + ".issuer-uri=" + issuer(VNEID),
                        "civic.identity.oidc.providers." + VNEID + ".audience=CITIZENS",
                        "spring.security.oauth2.client.registration." + STAFF + ".client-id=" + STAFF_CLIENT_ID,
                        "spring.security.oauth2.client.registration." + STAFF + ".client-secret=staff-test-secret",
                        "spring.security.oauth2.client.registration." + STAFF + ".scope=openid,profile,email",
                        "spring.security.oauth2.client.provider." + STAFF + ".issuer-uri=" + issuer(STAFF),
                        "civic.identity.oidc.providers." + STAFF + ".audience=STAFF")
                .applyTo(context.getEnvironment());
    }
}
