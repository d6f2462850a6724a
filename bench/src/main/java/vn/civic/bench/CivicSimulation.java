package vn.civic.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.function.Function;

/**
 * One scenario of BENCHMARKS.md at a fixed, closed load: {@code bench.users} virtual users start together, each
 * repeats the scenario's requests back to back (no think time) for {@code bench.warmup} seconds under the request
 * name "… (warm-up)", then for {@code bench.duration} seconds under the measured name. run.sh reads the measured
 * requests from Gatling's statistics; the warm-up requests warm both JVMs and are left out.
 *
 * <p>Scenarios ({@code bench.scenario}):
 *
 * <ul>
 *   <li>{@code bare}: {@code GET /bench/bare}, the application's ceiling (the {@code bench} profile serves it)
 *   <li>{@code home}: {@code GET /}, the citizen home page
 *   <li>{@code sign-in}: a fresh visitor each time: {@code GET /login}, its CSRF token, {@code POST /login}; success is a
 *       302 to somewhere other than {@code /login?error}
 *   <li>{@code work}: {@code GET /work}, the staff workspace, after each user signed in once
 *   <li>{@code api-org}: {@code GET /api/org/agencies/000.00.00.H26} with the demo LGSP client's API key: the
 *       stateless API chain, the key check and a read of the organisation directory
 * </ul>
 */
public class CivicSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:18080");
    static final String SCENARIO = System.getProperty("bench.scenario", "home");
    static final int USERS = Integer.getInteger("bench.users", 16);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 45));
    static final String USERNAME = System.getProperty("bench.username", "chuyenvien.hoankiem");
    static final String PASSWORD = System.getProperty("bench.password", "Civic@2026");
    /** The demo LGSP client's API key, as the demo city's start-up banner prints it (scope org.read). */
    static final String API_KEY =
            System.getProperty("bench.apiKey", "civic_lgsphn26_demo-key-of-the-hanoi-lgsp");

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("vi")
            .disableFollowRedirect()
            .disableCaching();

    {
        // all users at once, each looping without pause: a closed system of USERS concurrent clients
        setUp(selected().injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }

    static ScenarioBuilder selected() {
        return switch (SCENARIO) {
            case "bare" ->
                measured(
                        "bare",
                        name -> exec(http(name)
                                .get("/bench/bare")
                                .check(status().is(200), bodyString().is("ok"))));
            case "home" ->
                measured(
                        "home",
                        name -> exec(http(name)
                                .get("/")
                                .check(status().is(200), css("main h2").exists())));
            case "sign-in" -> measured("sign-in", CivicSimulation::signIn);
            case "work" ->
                scenario("work")
                        .exec(signIn("sign-in (setup)"))
                        .exitHereIfFailed()
                        .exec(phases(
                                "work", name -> exec(http(name).get("/work").check(status().is(200)))));
            case "api-org" ->
                measured(
                        "api-org",
                        name -> exec(http(name)
                                .get("/api/org/agencies/000.00.00.H26")
                                .header("X-API-Key", API_KEY)
                                .header("Accept", "application/json")
                                .check(status().is(200), jsonPath("$.code").is("000.00.00.H26"))));
            default -> throw new IllegalArgumentException("Unknown bench.scenario " + SCENARIO);
        };
    }

    private static ScenarioBuilder measured(String name, Function<String, ChainBuilder> requests) {
        return scenario(name).exec(phases(name, requests));
    }

    /** Warm-up, then measurement, each a loop of the same requests under its own name. */
    private static ChainBuilder phases(String name, Function<String, ChainBuilder> requests) {
        return exec(during(WARMUP).on(requests.apply(name + " (warm-up)")))
                .exec(during(DURATION).on(requests.apply(name)));
    }

    /** A new visitor signs in through the form: the sign-in page gives the CSRF token, the POST checks the password. */
    static ChainBuilder signIn(String name) {
        return exec(flushCookieJar())
                .exec(http(name + ": form")
                        .get("/login")
                        .check(
                                status().is(200),
                                css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(name)
                        .post("/login")
                        .formParam("username", USERNAME)
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(location -> location.contains("/login")
                                                ? "refused, sent to " + location.replaceFirst("^https?://[^/]+", "")
                                                : "accepted")
                                        .is("accepted")));
    }
}
