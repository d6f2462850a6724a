package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** The benchmark's bare endpoint exists only under the bench profile; a normal run neither serves nor opens it. */
@CivicTest
class BenchEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void bareEndpointIsNeitherServedNorPublicWithoutTheBenchProfile() {
        HttpResponse<String> response = new Browserless(port).get("/bench/bare");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
