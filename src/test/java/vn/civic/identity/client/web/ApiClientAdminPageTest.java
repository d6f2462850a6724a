package vn.civic.identity.client.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiKeyFormat;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.identity.client.TestClients;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.LgspIssuerInitializer;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/** The administrators' pages for machine clients: privilege, registration with validation, secrets shown once. */
@CivicTest
class ApiClientAdminPageTest {

    static final TestActor MANAGER = TestActors.staff(1, DemoAgencies.HANOI);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(MANAGER, Privilege.ADMIN_ACCESS, Privilege.API_CLIENT_MANAGE));
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long hanoi() {
        return org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow().id();
    }

    Map<String, String> fields(String clientId, String subsystem) {
        Map<String, String> fields = new HashMap<>();
        fields.put("clientId", clientId);
        fields.put("name", "Cổng dịch vụ công thử nghiệm");
        fields.put("agencyId", Long.toString(hanoi()));
        fields.put("subsystem", subsystem);
        fields.put("scopes", "ORG_READ");
        return fields;
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void pagesNeedApiClientManage() throws Exception {
        TestActor officer = TestActors.staff(1, DemoAgencies.HANOI);
        String id = TestClients.uniqueId("denied");

        mvc.perform(get("/admin/clients").with(TestActors.as(officer, Privilege.ADMIN_ACCESS, Privilege.ORG_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(form("/admin/clients", fields(id, id.toUpperCase()))
                        .with(TestActors.as(officer, Privilege.ADMIN_ACCESS)))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from api_client where client_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void adminIndexOffersTheSectionToClientManagersOnly() throws Exception {
        assertThat(page(asManager(get("/admin"))).select("a[href=/admin/clients]"))
                .hasSize(1);
        assertThat(page(get("/admin").with(TestActors.as(MANAGER, Privilege.ADMIN_ACCESS)))
                        .select("a[href=/admin/clients]"))
                .isEmpty();
    }

    @Test
    void listShowsTheDemoLgspWithItsMemberAddress() throws Exception {
        Document list = page(asManager(get("/admin/clients")));

        assertThat(list.select("h1").text()).isEqualTo("Hệ thống kết nối");
        assertThat(list.select("tr[data-client-id=lgsp-hanoi]").text())
                .contains("VN:GOV:000.00.00.H26:LGSP", "org.read", "Đang hoạt động");
    }

    @Test
    void registrationShowsTheSecretOnceAndStoresOnlyItsHash() throws Exception {
        String id = TestClients.uniqueId("portal");

        var result = mvc.perform(asManager(form("/admin/clients", fields(id, "DVC-" + id))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        Document shown = Jsoup.parse(result.getResponse().getContentAsString());

        String secret = shown.select("#issued-value").attr("value");
        assertThat(secret).hasSize(43);
        Map<String, Object> stored = jdbc.queryForMap(
                "select id, agency_code, subsystem, secret_hash, status from api_client where client_id = ?", id);
        assertThat(stored.get("secret_hash")).isEqualTo("{sha256}" + ApiKeyFormat.hash(secret));
        assertThat(stored.get("agency_code")).isEqualTo(DemoAgencies.HANOI);
        assertThat(stored.get("status")).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForList(
                        "select scope from api_client_scope where api_client_id = ?", String.class, stored.get("id")))
                .containsExactly("org.read");
        assertThat(jdbc.queryForList(
                        "select actor_id from audit_entry where action = 'apiclient.created' and object_id = ?",
                        String.class,
                        id))
                .containsExactly(MANAGER.actorId());

        Document detail = page(asManager(get("/admin/clients/" + stored.get("id"))));
        assertThat(detail.select("#member-id").text()).isEqualTo("VN:GOV:000.00.00.H26:DVC-" + id);
        assertThat(detail.html()).doesNotContain(secret);
    }

    @Test
    void emptyFormComesBackWithEveryRequiredFieldMarkedInVietnamese() throws Exception {
        Document page = page(asManager(form("/admin/clients", Map.of("clientId", "", "agencyId", ""))));

        assertThat(page.select("#form-errors").text()).isNotBlank();
        for (String field : List.of("clientId", "name", "agencyId", "subsystem")) {
            assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.select("#" + field + "-error").text()).as(field).isEqualTo("Vui lòng nhập thông tin này.");
        }
        assertThat(page.select("#scopes-error").text()).isEqualTo("Vui lòng chọn ít nhất một phạm vi truy cập.");
    }

    @Test
    void malformedOrTakenIdentifiersAreRefused() throws Exception {
        Document malformed = page(asManager(form("/admin/clients", fields("Có Dấu", "LGSP:1"))));
        assertThat(malformed.select("#clientId-error").text()).startsWith("Mã ứng dụng chỉ gồm");
        assertThat(malformed.select("#subsystem-error").text()).startsWith("Mã phân hệ chỉ gồm");

        Document taken = page(asManager(form("/admin/clients", fields("lgsp-hanoi", "LGSP"))));
        assertThat(taken.select("#clientId-error").text()).isEqualTo("Mã ứng dụng này đã được dùng. Hãy chọn mã khác.");
        assertThat(taken.select("#subsystem-error").text()).isEqualTo("Cơ quan này đã có hệ thống với mã phân hệ này.");
        assertThat(jdbc.queryForObject("select count(*) from api_client where client_id = 'lgsp-hanoi'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void externalIdentityNeedsATrustedIssuerAndAnId() throws Exception {
        String id = TestClients.uniqueId("ext");
        Map<String, String> noId = fields(id, id.toUpperCase());
        noId.put("externalIssuer", LgspIssuerInitializer.issuer());
        Document missing = page(asManager(form("/admin/clients", noId)));
        assertThat(missing.select("#externalClientId-error").text()).isEqualTo("Vui lòng nhập thông tin này.");

        Map<String, String> untrusted = fields(id, id.toUpperCase());
        untrusted.put("externalIssuer", "https://lgsp.example.org");
        untrusted.put("externalClientId", "abc");
        Document refused = page(asManager(form("/admin/clients", untrusted)));
        assertThat(refused.select("#externalIssuer-error").text())
                .isEqualTo("Nơi cấp này không có trong danh sách được tin cậy.");
        assertThat(jdbc.queryForObject("select count(*) from api_client where client_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void keyIssuedOnThePageIsShownOnceWithItsExpiry() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        LocalDate lastDay = LocalDate.now(CivicTime.ZONE).plusDays(30);

        Document shown = page(asManager(
                form("/admin/clients/" + client.client().id() + "/keys", Map.of("expiresOn", lastDay.toString()))));

        String key = shown.select("#issued-value").attr("value");
        assertThat(key).startsWith("civic_");
        assertThat(shown.select("#issued-expiry").text())
                .isEqualTo("Hiệu lực đến hết ngày: " + lastDay.format(CivicTime.DATE));
        Map<String, Object> stored = jdbc.queryForMap(
                "select key_hash, expires_at from api_key where api_client_id = ?",
                client.client().id());
        assertThat(stored.get("key_hash")).isEqualTo(ApiKeyFormat.hash(key));
        assertThat(((java.sql.Timestamp) stored.get("expires_at")).toInstant())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(CivicTime.ZONE).toInstant());
        Document detail = page(asManager(get("/admin/clients/" + client.client().id())));
        assertThat(detail.html()).doesNotContain(key);
        assertThat(detail.select("#keys tbody tr").text()).contains("Đang hiệu lực");
    }

    @Test
    void keyExpiringTodayOrEarlierIsRefused() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);

        Document page = page(asManager(form(
                "/admin/clients/" + client.client().id() + "/keys",
                Map.of("expiresOn", LocalDate.now(CivicTime.ZONE).toString()))));

        assertThat(page.select("#expiresOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#expiresOn-error").text()).isEqualTo("Ngày hết hiệu lực phải sau hôm nay.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where api_client_id = ?",
                        Integer.class,
                        client.client().id()))
                .isZero();
    }

    @Test
    void revokingOnThePageEndsTheClientAndIsAudited() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        long id = client.client().id();

        mvc.perform(asManager(form("/admin/clients/" + id + "/revoke", Map.of("version", "0"))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/clients/" + id));

        assertThat(jdbc.queryForObject("select status from api_client where id = ?", String.class, id))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForList(
                        "select summary_after from audit_entry where action = 'apiclient.revoked' and object_id = ?",
                        String.class,
                        client.client().clientId()))
                .singleElement()
                .asString()
                .contains("status=REVOKED");
        Document detail = page(asManager(get("/admin/clients/" + id)));
        assertThat(detail.select("#client-status").text()).contains("Đã thu hồi");
        assertThat(detail.select("#rotate-secret, #issue-key, #revoke-client")).isEmpty();
    }

    @Test
    void staleFormCannotRotateTheSecret() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        registry.rotateSecret(client.client().id(), client.client().version());

        mvc.perform(asManager(form("/admin/clients/" + client.client().id() + "/secret", Map.of("version", "0"))))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForObject(
                        "select secret_version from api_client where id = ?",
                        Integer.class,
                        client.client().id()))
                .isEqualTo(2);
    }

    @Test
    void rotatingAKeyOnThePageShowsTheNewKeyAndEndsTheOld() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        IssuedCredential key = registry.issueKey(client.client().id(), null);

        Document shown = page(asManager(form(
                "/admin/clients/" + client.client().id() + "/keys/" + key.key().id() + "/rotate", Map.of())));

        String newKey = shown.select("#issued-value").attr("value");
        assertThat(newKey).startsWith("civic_").isNotEqualTo(key.value());
        assertThat(jdbc.queryForList(
                        "select prefix from api_key where api_client_id = ? and revoked_at is null",
                        String.class,
                        client.client().id()))
                .containsExactly(ApiKeyFormat.parse(newKey).orElseThrow().prefix());
    }

    @Test
    void everyCredentialChangeOnThePagesIsAuditedWithoutTheCredential() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        String base = "/admin/clients/" + client.client().id();

        String secret = page(asManager(form(base + "/secret", Map.of("version", "0"))))
                .select("#issued-value")
                .attr("value");
        String key = page(asManager(form(base + "/keys", Map.of())))
                .select("#issued-value")
                .attr("value");
        long keyId = jdbc.queryForObject(
                "select id from api_key where api_client_id = ?",
                Long.class,
                client.client().id());
        String rotated = page(asManager(form(base + "/keys/" + keyId + "/rotate", Map.of())))
                .select("#issued-value")
                .attr("value");
        long rotatedId = jdbc.queryForObject(
                "select id from api_key where api_client_id = ? and revoked_at is null",
                Long.class,
                client.client().id());
        mvc.perform(asManager(form(base + "/keys/" + rotatedId + "/revoke", Map.of())))
                .andExpect(status().isFound());

        List<Map<String, Object>> entries = jdbc.queryForList(
                "select action, actor_id, summary_before, summary_after from audit_entry"
                        + " where actor_id = ? and (object_id = ? or summary_after like ?) order by seq",
                MANAGER.actorId(),
                client.client().clientId(),
                "client=" + client.client().clientId() + ",%");
        assertThat(entries)
                .extracting(e -> e.get("action"))
                .containsExactly(
                        "apiclient.secret.rotated",
                        "apiclient.key.issued",
                        "apiclient.key.rotated",
                        "apiclient.key.revoked");
        assertThat(entries.toString())
                .doesNotContain(secret)
                .doesNotContain(key)
                .doesNotContain(rotated);
    }
}
