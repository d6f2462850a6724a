package vn.civic.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** Civic's token endpoint: the client-credentials grant for registered, active clients within their scopes. */
@CivicTest
class ClientCredentialsTokenTest {

    static final String ME = "/api/clients/me";
    /** Guarded by ORG_READ, which the scope org.read grants. */
    static final String PROBE = "/api/org/agencies/000.00.00.H26";

    @LocalServerPort
    int port;

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    ApiCalls api;
    IssuedCredential client;

    @BeforeEach
    void registerClient() {
        api = new ApiCalls(port);
        client = TestClients.register(registry, org, ApiScope.ORG_READ);
    }

    String clientId() {
        return client.client().clientId();
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(ApiCalls.json(response).get("code").asString()).isEqualTo(code);
    }

    @Test
    void validCredentialsGetAShortLivedSignedTokenForTheRequestedScopes() {
        HttpResponse<String> response = api.token(clientId(), client.value(), "org.read");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ApiCalls.json(response);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("scope").asString()).isEqualTo("org.read");
        assertThat(body.get("expires_in").asInt()).isBetween(290, 300);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode claims = ApiCalls.claims(body.get("access_token").asString());
        assertThat(claims.get("iss").asString()).isEqualTo("http://localhost:8080");
        assertThat(claims.get("client_id").asString()).isEqualTo(clientId());
        assertThat(claims.get("member").asString())
                .isEqualTo("VN:GOV:000.00.00.H26:" + clientId().toUpperCase());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void tokenIdentifiesTheClientToTheApi() {
        String token = api.accessToken(clientId(), client.value(), "org.read");

        HttpResponse<String> me = api.withBearer(ME, token);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode body = ApiCalls.json(me);
        assertThat(body.get("clientId").asString()).isEqualTo(clientId());
        assertThat(body.get("agencyCode").asString()).isEqualTo("000.00.00.H26");
        assertThat(body.get("memberId").asString()).isEqualTo(client.client().memberId());
        assertThat(body.get("scopes").valueStream().map(JsonNode::asString)).containsExactly("org.read");
        assertThat(body.get("authenticatedBy").asString()).isEqualTo("token");
    }

    @Test
    void clientSecretMayAlsoComeInTheForm() {
        HttpResponse<String> response = api.post(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        clientId(),
                        "client_secret",
                        client.value(),
                        "scope",
                        "org.read"),
                null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiCalls.json(response).get("access_token").asString()).isNotBlank();
    }

    @Test
    void wrongSecretIsRefusedWithProblemDetailsAndABasicChallenge() {
        HttpResponse<String> response = api.token(clientId(), client.value() + "x", "org.read");

        assertProblem(response, 401, "client_authentication_failed");
        assertThat(ApiCalls.json(response).get("error").asString()).isEqualTo("invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain(client.value());
    }

    @Test
    void unknownClientIsRefused() {
        assertProblem(
                api.token(TestClients.uniqueId("nobody"), client.value(), null), 401, "client_authentication_failed");
    }

    @Test
    void revokedClientGetsNoToken() {
        registry.revoke(client.client().id(), client.client().version());

        assertProblem(api.token(clientId(), client.value(), "org.read"), 401, "client_authentication_failed");
    }

    @Test
    void scopeTheClientWasNotGrantedIsRefused() {
        HttpResponse<String> response = api.token(clientId(), client.value(), "org.read org.write");

        assertProblem(response, 400, "scope_not_granted");
        assertThat(ApiCalls.json(response).get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void onlyTheClientCredentialsGrantIsServed() {
        HttpResponse<String> response = api.post(
                "/oauth2/token",
                Map.of("grant_type", "password", "username", "a", "password", "b"),
                "Basic "
                        + java.util.Base64.getEncoder().encodeToString((clientId() + ":" + client.value()).getBytes()));

        assertProblem(response, 400, "grant_type_unsupported");
    }

    @Test
    void tokenRequestWithoutClientCredentialsIsUnauthenticated() {
        HttpResponse<String> response = api.post("/oauth2/token", Map.of("grant_type", "client_credentials"), null);

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void otherAuthorisationServerEndpointsAreNotServed() {
        assertProblem(api.get("/oauth2/authorize?response_type=code&client_id=" + clientId()), 404, "not_found");
        assertProblem(api.get("/.well-known/oauth-authorization-server"), 404, "not_found");
        assertProblem(api.post("/oauth2/introspect", Map.of("token", "x"), null), 404, "not_found");
    }

    @Test
    void publicKeysArePublishedWithoutTheirPrivateParts() {
        HttpResponse<String> response = api.get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = ApiCalls.json(response).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void tokenWithoutTheScopeIsRefusedWhereItsPrivilegeIsNeeded() {
        String withScope = api.accessToken(clientId(), client.value(), "org.read");
        String withoutScope = api.accessToken(clientId(), client.value(), null);

        assertThat(api.withBearer(PROBE, withScope).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.withBearer(PROBE, withoutScope);
        assertProblem(refused, 403, "access_denied");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("error=\"insufficient_scope\""));
    }

    @Test
    void rotatingTheSecretEndsTheOldSecretAndTheTokensIssuedWithIt() {
        String oldToken = api.accessToken(clientId(), client.value(), "org.read");

        IssuedCredential rotated =
                registry.rotateSecret(client.client().id(), client.client().version());

        assertProblem(api.token(clientId(), client.value(), "org.read"), 401, "client_authentication_failed");
        assertProblem(api.withBearer(ME, oldToken), 401, "access_token_invalid");
        String newToken = api.accessToken(clientId(), rotated.value(), "org.read");
        assertThat(api.withBearer(ME, newToken).statusCode()).isEqualTo(200);
    }

    @Test
    void revokingTheClientEndsItsTokensAtOnce() {
        String token = api.accessToken(clientId(), client.value(), "org.read");

        registry.revoke(client.client().id(), client.client().version());

        HttpResponse<String> refused = api.withBearer(ME, token);
        assertProblem(refused, 401, "access_token_invalid");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("error=\"invalid_token\""));
    }

    @Test
    void tamperedOrForeignTokensAreRefused() {
        String token = api.accessToken(clientId(), client.value(), "org.read");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(api.withBearer(ME, tampered), 401, "access_token_invalid");
        assertProblem(api.withBearer(ME, "not-a-jwt"), 401, "access_token_invalid");
    }

    @Test
    void requestWithoutCredentialsIsChallengedForATokenOrAKey() {
        HttpResponse<String> response = api.get(ME);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(v -> assertThat(v).startsWith("Bearer"))
                .anySatisfy(v -> assertThat(v).startsWith("ApiKey"));
    }

    @Test
    void issuedAndRefusedTokensAreAuditedWithoutSecrets() {
        api.accessToken(clientId(), client.value(), "org.read");
        api.token(clientId(), "wrong-secret", "org.read");

        List<Map<String, Object>> entries = jdbc.queryForList(
                "select action, actor_id, outcome, summary_after from audit_entry"
                        + " where object_type = 'ApiClient' and object_id = ? and action like 'apiclient.token.%'"
                        + " order by seq",
                clientId());
        assertThat(entries)
                .extracting(e -> e.get("action") + " " + e.get("actor_id") + " " + e.get("outcome"))
                .containsExactly(
                        "apiclient.token.issued client:" + clientId() + " SUCCESS",
                        "apiclient.token.refused client:" + clientId() + " FAILURE");
        assertThat(entries.get(0).get("summary_after").toString()).contains("org.read");
        assertThat(entries.get(1).get("summary_after")).isEqualTo("invalid_client");
        assertThat(entries.toString()).doesNotContain(client.value()).doesNotContain("wrong-secret");
    }
}
