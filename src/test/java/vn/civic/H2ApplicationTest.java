package vn.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.civic.test.Browserless;

/**
 * The embedded database the README's first command uses: every migration runs unchanged on H2 and the demo city
 * serves its home page.
 */
@Tag("h2")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:civic-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
        })
@ActiveProfiles({"test", "demo"})
class H2ApplicationTest {

    @Autowired
    Flyway flyway;

    @LocalServerPort
    int port;

    @Test
    void allMigrationsApplyOnH2() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void demoCityHomePageIsServed() {
        var page = new Browserless(port).page("/");
        assertThat(page.select("h1").text()).contains("Hà Nội");
    }

    @Test
    void theCitysStatisticsAreComputedOnH2() {
        Browserless browser = new Browserless(port);
        browser.submit("/login", "#sign-in", Map.of("username", "quantri.hanoi", "password", "Civic@2026"));
        var page = browser.page("/work/statistics");
        assertThat(page.select("table#by-agency"))
                .as("the statistics' SQL runs on H2")
                .hasSize(1);
        var csv = browser.get("/work/statistics.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    }

    @Test
    void withoutSignInProvidersTheSignInPageOffersThePasswordFormOnly() {
        Browserless browser = new Browserless(port);
        var page = browser.page("/login");
        assertThat(page.select("#sign-in input[name=username]")).hasSize(1);
        assertThat(page.select("#single-sign-on")).isEmpty();
        assertThat(page.select("a[href*=/login/oidc/]")).isEmpty();
        assertThat(browser.get("/login/oauth2/code/vneid?code=x&state=y").statusCode())
                .as("no provider callback either: the address needs sign-in like any other")
                .isEqualTo(302);
    }
}
