package vn.civic.identity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.civic.identity.client.ClientCredentialsTokenTest.assertProblem;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;

/** API keys: accepted while valid and of an active client, refused with 401 otherwise. */
@CivicTest
class ApiKeyAuthenticationTest {

    static final String ME = ClientCredentialsTokenTest.ME;

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
    IssuedCredential key;

    @BeforeEach
    void registerClientWithKey() {
        api = new ApiCalls(port);
        client = TestClients.register(registry, org, ApiScope.ORG_READ);
        key = registry.issueKey(client.client().id(), null);
    }

    static void assertKeyRefused(HttpResponse<String> response) {
        assertProblem(response, 401, "api_key_invalid");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("ApiKey"));
    }

    @Test
    void keyInTheApiKeyHeaderAuthenticatesItsClientWithAllItsScopes() {
        HttpResponse<String> me = api.withApiKey(ME, key.value());

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        var body = ApiCalls.json(me);
        assertThat(body.get("clientId").asString()).isEqualTo(client.client().clientId());
        assertThat(body.get("authenticatedBy").asString()).isEqualTo("api_key");
        assertThat(api.withApiKey(ClientCredentialsTokenTest.PROBE, key.value()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void keyInTheAuthorizationHeaderAuthenticatesToo() {
        assertThat(api.get(ME, "Authorization", "ApiKey " + key.value()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongUnknownOrMalformedKeysAreRefused() {
        String value = key.value();
        assertKeyRefused(api.withApiKey(ME, value.substring(0, value.length() - 1) + "x"));
        assertKeyRefused(api.withApiKey(ME, "civic_zzzzzzzz_" + value.substring(value.lastIndexOf('_') + 1)));
        assertKeyRefused(api.withApiKey(ME, "not-a-key"));
    }

    @Test
    void revokedKeyIsRefused() {
        registry.revokeKey(client.client().id(), key.key().id());

        assertKeyRefused(api.withApiKey(ME, key.value()));
    }

    @Test
    void expiredKeyIsRefused() {
        IssuedCredential expiring = registry.issueKey(
                client.client().id(), LocalDate.now(CivicTime.ZONE).plusDays(1));
        assertThat(api.withApiKey(ME, expiring.value()).statusCode()).isEqualTo(200);

        jdbc.update(
                "update api_key set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                expiring.key().id());

        assertKeyRefused(api.withApiKey(ME, expiring.value()));
    }

    @Test
    void keyOfARevokedClientIsRefused() {
        registry.revoke(client.client().id(), client.client().version());

        assertKeyRefused(api.withApiKey(ME, key.value()));
    }

    @Test
    void rotationReplacesTheKeyAtOnce() {
        IssuedCredential rotated =
                registry.rotateKey(client.client().id(), key.key().id());

        assertKeyRefused(api.withApiKey(ME, key.value()));
        assertThat(api.withApiKey(ME, rotated.value()).statusCode()).isEqualTo(200);
        assertThat(rotated.key().prefix()).isNotEqualTo(key.key().prefix());
    }

    @Test
    void lastUseIsRecordedWithoutAWritePerRequest() {
        assertThat(lastUsed()).isNull();

        api.withApiKey(ME, key.value());
        Instant first = lastUsed();
        api.withApiKey(ME, key.value());
        api.withApiKey(ME, key.value());

        assertThat(first).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(lastUsed()).isEqualTo(first);

        // a use recorded over a minute ago is renewed by the next request
        jdbc.update(
                "update api_key set last_used_at = ? where id = ?",
                Timestamp.from(first.minus(2, ChronoUnit.MINUTES)),
                key.key().id());
        api.withApiKey(ME, key.value());
        assertThat(lastUsed()).isAfter(first.minus(1, ChronoUnit.MINUTES));
    }

    @Test
    void refusedKeysAreAuditedByPrefixNeverInFull() {
        String wrong = key.value().substring(0, key.value().length() - 1) + "x";
        api.withApiKey(ME, wrong);

        List<Map<String, Object>> entries = jdbc.queryForList(
                "select actor_id, outcome, summary_after from audit_entry"
                        + " where action = 'apiclient.authentication.failed' and object_id = ?",
                client.client().clientId());
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().get("actor_id"))
                .isEqualTo("client:" + client.client().clientId());
        assertThat(entries.getFirst().get("outcome")).isEqualTo("FAILURE");
        assertThat(entries.getFirst().get("summary_after"))
                .isEqualTo("API key " + key.key().prefix() + " wrong");
        assertThat(entries.toString()).doesNotContain(wrong).doesNotContain(key.value());
    }

    Instant lastUsed() {
        Timestamp t = jdbc.queryForObject(
                "select last_used_at from api_key where id = ?",
                Timestamp.class,
                key.key().id());
        return t == null ? null : t.toInstant();
    }
}
