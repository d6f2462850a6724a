package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.identity.client.ApiCalls;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.identity.client.TestClients;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.Privilege;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * What operations see: health and probes open to the load balancer, Prometheus metrics to a monitoring system's
 * machine client with the scope {@code metrics.read}, the rest of Actuator closed.
 */
@CivicTest
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClientRegistry clients;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory org;

    String apiKey(ApiScope... scopes) {
        IssuedCredential client = TestClients.register(clients, org, scopes);
        return clients.issueKey(client.client().id(), null).value();
    }

    @Test
    void prometheusMetricsAreScrapedWithAMetricsKey() {
        ApiCalls api = new ApiCalls(port);
        new Browserless(port).get("/"); // a request served, so that the HTTP metrics exist
        HttpResponse<String> scraped =
                api.get("/actuator/prometheus", "X-API-Key", apiKey(ApiScope.METRICS_READ), "Accept", "text/plain");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds", "hikaricp_");
    }

    @Test
    void prometheusMetricsAreRefusedWithoutTheMetricsScope() {
        ApiCalls api = new ApiCalls(port);
        assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(api.withApiKey("/actuator/prometheus", apiKey(ApiScope.ORG_READ))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void healthAndProbesAnswerWithoutSignIn() {
        Browserless anyone = new Browserless(port);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = anyone.getJson(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void healthRevealsNoDetailsToTheAnonymous() {
        assertThat(new Browserless(port).getJson("/actuator/health").body())
                .doesNotContain("db")
                .doesNotContain("diskSpace");
    }

    @Test
    void sensitiveActuatorEndpointsAreNotServedEvenToAnAdministrator() throws Exception {
        var administrator =
                TestActors.as(TestActors.staff(1, "000.00.00.H26"), Privilege.values()); // every privilege there is
        for (String path :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            mvc.perform(get(path).with(administrator)).andExpect(status().isNotFound());
            assertThat(new Browserless(port).getJson(path).statusCode())
                    .as("anonymous " + path)
                    .isNotEqualTo(200);
        }
    }
}
