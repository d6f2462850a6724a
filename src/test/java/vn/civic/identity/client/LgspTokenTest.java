package vn.civic.identity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.identity.client.ClientCredentialsTokenTest.assertProblem;

import java.net.http.HttpResponse;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;
import vn.civic.test.LgspIssuerInitializer;

/**
 * Access tokens of a provincial LGSP (a real mock-oauth2-server, configured as a trusted issuer): accepted only for a
 * client registered here with that issuer and the LGSP's client id, and only within the scopes granted here.
 */
@CivicTest
class LgspTokenTest {

    static final String ME = ClientCredentialsTokenTest.ME;
    static final String PROBE = ClientCredentialsTokenTest.PROBE;

    @LocalServerPort
    int port;

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    ApiCalls api;
    MockOAuth2Server lgsp;
    String lgspClientId;
    IssuedCredential client;

    @BeforeEach
    void registerClientKnownToTheLgsp() {
        api = new ApiCalls(port);
        lgsp = LgspIssuerInitializer.server();
        lgspClientId = TestClients.uniqueId("dvc-portal");
        client = TestClients.register(registry, org, LgspIssuerInitializer.issuer(), lgspClientId, ApiScope.ORG_READ);
    }

    String lgspToken(String issuerId, String clientId, String scope) {
        return lgsp.issueToken(issuerId, clientId, "lgsp-gateway", Map.of("client_id", clientId, "scope", scope))
                .serialize();
    }

    @Test
    void lgspTokenOfARegisteredClientIsAccepted() {
        HttpResponse<String> me =
                api.withBearer(ME, lgspToken(LgspIssuerInitializer.ISSUER_ID, lgspClientId, "org.read"));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode body = ApiCalls.json(me);
        assertThat(body.get("clientId").asString()).isEqualTo(client.client().clientId());
        assertThat(body.get("authenticatedBy").asString()).isEqualTo("external_token");
        assertThat(body.get("scopes").valueStream().map(JsonNode::asString)).containsExactly("org.read");
    }

    @Test
    void lgspTokenObtainedThroughItsTokenEndpointIsAccepted() {
        HttpResponse<String> response = api.postTo(
                lgsp.tokenEndpointUrl(LgspIssuerInitializer.ISSUER_ID).toString(),
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", lgspClientId,
                        "client_secret", "the-lgsp-secret",
                        "scope", "org.read"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = ApiCalls.json(response).get("access_token").asString();

        HttpResponse<String> me = api.withBearer(ME, token);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(ApiCalls.json(me).get("clientId").asString())
                .isEqualTo(client.client().clientId());
    }

    @Test
    void lgspTokenOfAnUnregisteredClientIsRefused() {
        String token = lgspToken(LgspIssuerInitializer.ISSUER_ID, TestClients.uniqueId("stranger"), "org.read");

        assertProblem(api.withBearer(ME, token), 401, "access_token_invalid");
    }

    @Test
    void lgspTokenOfARevokedClientIsRefused() {
        registry.revoke(client.client().id(), client.client().version());

        assertProblem(
                api.withBearer(ME, lgspToken(LgspIssuerInitializer.ISSUER_ID, lgspClientId, "org.read")),
                401,
                "access_token_invalid");
    }

    @Test
    void tokenOfAnIssuerThatIsNotTrustedIsRefused() {
        // same server and keys, another issuer: only the configured issuer is trusted
        String token = lgspToken("somewhere-else", lgspClientId, "org.read");

        assertProblem(api.withBearer(ME, token), 401, "access_token_invalid");
    }

    @Test
    void lgspScopesCountOnlyWhereTheyAreGrantedHere() {
        IssuedCredential narrow = TestClients.register(
                registry, org, LgspIssuerInitializer.issuer(), TestClients.uniqueId("narrow"), ApiScope.ORG_READ);
        String narrowId = narrow.client().externalClientId();

        String withoutScope = lgspToken(LgspIssuerInitializer.ISSUER_ID, narrowId, "org.write");
        HttpResponse<String> me = api.withBearer(ME, withoutScope);

        assertThat(ApiCalls.json(me).get("scopes").valueStream().map(JsonNode::asString))
                .isEmpty();
        assertProblem(api.withBearer(PROBE, withoutScope), 403, "access_denied");
        assertThat(api.withBearer(PROBE, lgspToken(LgspIssuerInitializer.ISSUER_ID, narrowId, "org.read org.write"))
                        .statusCode())
                .isEqualTo(200);
    }
}
