package vn.civic.dossier.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** The benchmark's dossier stand-ins exist only under the bench profile; a normal run neither serves nor opens them. */
@CivicTest
class BenchDossierEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void statusStandInIsNeitherServedNorPublicWithoutTheBenchProfile() {
        HttpResponse<String> response =
                new Browserless(port).get(BenchDossierController.STATUS_PATH + "?code=x&factor=1234");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void electronicResultStandInIsNeitherServedNorPublicWithoutTheBenchProfile() {
        HttpResponse<String> response = new Browserless(port).get(BenchElectronicResultController.PATH);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
