package vn.civic.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** Secrets and API keys are never stored in clear: only their hashes and the keys' visible prefixes. */
@CivicTest
class StoredSecretsTest {

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void secretsAndKeysAreStoredOnlyAsHashes() {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        IssuedCredential rotated =
                registry.rotateSecret(client.client().id(), client.client().version());
        IssuedCredential key = registry.issueKey(client.client().id(), null);

        Map<String, Object> stored = jdbc.queryForMap(
                "select * from api_client where id = ?", client.client().id());
        List<Map<String, Object>> keys = jdbc.queryForList(
                "select * from api_key where api_client_id = ?", client.client().id());
        String everything = stored + " " + keys + " "
                + jdbc.queryForList(
                        "select * from audit_entry where object_id in (?, ?)",
                        client.client().clientId(),
                        key.key().prefix());

        assertThat(everything)
                .doesNotContain(client.value())
                .doesNotContain(rotated.value())
                .doesNotContain(key.value());
        assertThat(stored.get("secret_hash")).isEqualTo("{sha256}" + ApiKeyFormat.hash(rotated.value()));
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.get("key_hash")).isEqualTo(ApiKeyFormat.hash(key.value()));
            assertThat(key.value()).startsWith("civic_" + k.get("prefix") + "_");
        });
    }

    @Test
    void secretsAndKeysAreRandomAndLongEnough() {
        IssuedCredential one = TestClients.register(registry, org, ApiScope.ORG_READ);
        IssuedCredential two = TestClients.register(registry, org, ApiScope.ORG_READ);

        assertThat(one.value()).hasSize(43).isNotEqualTo(two.value());
        assertThat(registry.issueKey(one.client().id(), null).value()).hasSize(6 + 8 + 1 + 43);
    }
}
