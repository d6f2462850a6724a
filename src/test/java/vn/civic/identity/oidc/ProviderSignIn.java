package vn.civic.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import vn.civic.test.Browserless;
import vn.civic.test.OidcServers;

/**
 * A person signing in through one of the tests' providers ({@link OidcServers}) over real HTTP, following the
 * redirects by hand as a browser would: Civic's start address, the provider's authorisation endpoint (which issues a
 * code without a form), Civic's callback. The provider's claims are set just before its token request.
 */
final class ProviderSignIn {

    private ProviderSignIn() {}

    /** The national e-ID's client at the tests' provider. */
    static String vneid(Browserless browser, String subject, Map<String, Object> claims) {
        return signIn(browser, OidcServers.VNEID, OidcServers.VNEID_CLIENT_ID, subject, claims);
    }

    /** The city's Keycloak for staff. */
    static String staff(Browserless browser, String subject, Map<String, Object> claims) {
        return signIn(browser, OidcServers.STAFF, OidcServers.STAFF_CLIENT_ID, subject, claims);
    }

    /** Signs in and returns where Civic sent the browser at the end: path and query. */
    static String signIn(
            Browserless browser, String providerId, String clientId, String subject, Map<String, Object> claims) {
        String authorize = redirect(browser.get("/login/oidc/" + providerId));
        assertThat(authorize).startsWith(OidcServers.issuer(providerId) + "/authorize?");
        OidcServers.server()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        providerId, subject, JOSEObjectType.JWT.getType(), List.of(clientId), claims, 3600));
        String callback = redirect(browser.get(authorize));
        assertThat(callback).contains("/login/oauth2/code/" + providerId + "?code=");
        return pathOf(redirect(browser.get(callback)));
    }

    static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
