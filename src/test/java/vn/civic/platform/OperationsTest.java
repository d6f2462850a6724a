package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** What operations see: health and probes open to the load balancer, the rest of Actuator closed. */
@CivicTest
class OperationsTest {

    @LocalServerPort
    int port;

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
    void sensitiveActuatorEndpointsAreNotServed() {
        Browserless anyone = new Browserless(port);
        for (String path :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(anyone.getJson(path).statusCode()).as(path).isIn(401, 404);
        }
    }
}
