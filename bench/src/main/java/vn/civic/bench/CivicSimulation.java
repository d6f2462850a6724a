package vn.civic.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 *   <li>{@code dossier-submit}: each user signs in once as one of the demo citizens ({@code bench.citizens}), then
 *       files birth registrations (1.001193) at Phường Hoàn Kiếm, one after the other: with {@code bench.via=bench}
 *       {@code POST /bench/dossiers} (the bench profile's stand-in: the same {@code DossierSubmission.submitOnline}
 *       with fixed valid data and two PDFs, in the session, with the CSRF token), with {@code bench.via=page} the
 *       citizen page's {@code POST /dossiers/new}: multipart with the e-form fields and the two documents, a new
 *       idempotency key each time (as a new form would carry), the CSRF token taken once from the form page
 *   <li>{@code dossier-form}: each user signs in once as one of the demo citizens, then loads the pre-filled e-form
 *       of the birth registration, {@code GET /dossiers/new?procedure=1.001193}, again and again
 *   <li>{@code dossier-submit-open}: the same submission at a constant arrival rate ({@code bench.rate} per second,
 *       an open model), each arrival using one of the sessions signed in beforehand ({@code bench.sessions}, a CSV of
 *       session cookie and CSRF token): the half-load pass whose p99 the goal names
 *   <li>{@code dossier-status}: the public status look-up by code and factor over generated dossiers ({@code
 *       bench.codes}, a CSV of code and factor): {@code GET /bench/dossiers/status} (via bench) or {@code GET
 *       /api/dossiers/status} (via page)
 *   <li>{@code dossier-status-open}: the same look-up at a constant arrival rate ({@code bench.rate} per second): the
 *       half-load pass whose p99 the goal names
 *   <li>{@code statistics}: each user signs in once as {@code bench.statsUser} (the city's administrator: the whole
 *       city in scope), then loads the statistics page of the generated year ({@code GET /work/statistics?period=RANGE}
 *       over the 365 days before today: every dossier the generator wrote), again and again
 *   <li>{@code statistics-month}: the same for the last whole month
 *   <li>{@code statistics-xlsx}: the year's Excel export, {@code GET /work/statistics.xlsx}
 *   <li>{@code document-numbers}: each user signs in once as the clerk {@code bench.clerk}, then takes numbers of
 *       the agency's outgoing register, {@code POST /bench/documents/numbers} (the bench profile's: the number and
 *       its register entry in one transaction), all users on the same gap-free counter row
 *   <li>{@code document-search-selective}: each user signs in once as the clerk {@code bench.clerk} (vanthu
 *       of Phường Hoàn Kiếm), then searches the staff page {@code GET /work/documents/search?q=} for a number and
 *       symbol of the agency's generated documents ({@code bench.documentQueries}, a CSV of {@code q}), checking that
 *       a result is shown
 *   <li>{@code document-search-api}: the selective queries through {@code GET /api/documents/search} with the demo
 *       archive's API key (scope {@code document.read}, the agency's non-confidential documents)
 *   <li>{@code document-search-broad}: each user signs in once, alternately as the clerk (the whole agency) and as the
 *       officer {@code bench.officer} (only the documents naming them), then searches a word most documents hold,
 *       first page, count capped
 *   <li>{@code open311-create}: an Open311 client files street-lighting requests, {@code POST
 *       /open311/v2/requests.json} form-encoded with the demo Open311 client's {@code api_key} (scope {@code
 *       feedback.write}), a point scattered over Hoàn Kiếm and the service's list attribute: the key check, validation,
 *       routing, deadlines, the report, its history and audit in one transaction
 *   <li>{@code open311-list}: {@code GET /open311/v2/requests.json} over the generated year ({@code FeedbackData}),
 *       each request one of the filters clients use: a service and a status over the default 90 days, a service over
 *       a 30-day window somewhere in the year, a status alone over a 7-day window, or ten ids; up to 1,000 requests
 *       per answer as the specification's default
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
    static final String API_KEY = System.getProperty("bench.apiKey", "civic_lgsphn26_demo-key-of-the-hanoi-lgsp");

    /** {@code bench}: the bench profile's stand-ins; {@code page}: the citizen page and the public API. */
    static final String VIA = System.getProperty("bench.via", "bench");

    static final List<String> CITIZENS =
            List.of(System.getProperty("bench.citizens", "001085012345,001190004321,031088006789,031302001234")
                    .split(","));
    static final String CODES = System.getProperty("bench.codes", "codes.csv");
    static final String SESSIONS = System.getProperty("bench.sessions", "sessions.csv");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));
    /** Phường Hoàn Kiếm's administrative unit, for the e-form's addresses (the page mode only). */
    static final String WARD_UNIT = System.getProperty("bench.wardUnitId", "");
    /** Its People's Committee, the receiving agency (the page mode only). */
    static final String AGENCY_ID = System.getProperty("bench.agencyId", "");

    /** Who reads the statistics: the city's administrator, whose scope is every agency of the city. */
    static final String STATS_USER = System.getProperty("bench.statsUser", "quantri.hanoi");

    /** The demo archive of Phường Hoàn Kiếm: a machine client with the scope document.read. */
    static final String ARCHIVE_API_KEY =
            System.getProperty("bench.archiveApiKey", "civic_archhk26_demo-key-of-the-hoankiem-archive");

    /** Number-and-symbol queries of the clerk's agency, written by DocumentData. */
    static final String DOCUMENT_QUERIES = System.getProperty("bench.documentQueries", "document-queries.csv");
    /** The clerk who issues numbers ({@code document-numbers}) and searches: reads the agency's documents. */
    static final String CLERK = System.getProperty("bench.clerk", "vanthu.hoankiem");
    /** The officer of the broad search, named on some of the agency's documents. */
    static final String OFFICER = System.getProperty("bench.officer", "chuyenvien.hoankiem");
    /** Words most generated documents hold. */
    static final List<String> BROAD_WORDS = List.of("ubnd", "viec", "thuc hien", "quan ly", "cong tac", "ke hoach");

    private static final AtomicInteger NEXT_SEARCHER = new AtomicInteger();

    /** The demo Open311 application's key (scope feedback.write), as the start-up banner prints it. */
    static final String OPEN311_API_KEY =
            System.getProperty("bench.open311ApiKey", "civic_openhn26_demo-key-of-the-hanoi-open311-app");
    /** Service codes the listing filters on (on-site categories of the seed). */
    static final List<String> OPEN311_SERVICES = List.of(System.getProperty(
                    "bench.open311Services", "street-lighting,road-damage,waste,trees,drainage-flooding,urban-order")
            .split(","));
    /** Report codes of the generated year, for the listing by ids (a CSV of {@code code}, written by FeedbackData). */
    static final String OPEN311_CODES = System.getProperty("bench.open311Codes", "open311-codes.csv");

    /** The citizen's e-form page of the birth registration. */
    static final String FORM = "/dossiers/new?procedure=1.001193";

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static final AtomicInteger NEXT_CITIZEN = new AtomicInteger();

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("vi")
            .disableFollowRedirect()
            .disableCaching();

    {
        // all users at once, each looping without pause: a closed system of USERS concurrent clients
        if (SCENARIO.equals("dossier-submit-open")) {
            // the same arrival rate, first unrecorded, then recorded: each phase names its requests
            setUp(openSubmissions("dossier-submit (warm-up)", WARMUP)
                            .andThen(openSubmissions("dossier-submit", DURATION)))
                    .protocols(protocol);
        } else if (SCENARIO.equals("dossier-status-open")) {
            setUp(openLookUps("dossier-status (warm-up)", WARMUP).andThen(openLookUps("dossier-status", DURATION)))
                    .protocols(protocol);
        } else {
            setUp(selected().injectOpen(atOnceUsers(USERS))).protocols(protocol);
        }
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
            case "dossier-submit" ->
                scenario("dossier-submit")
                        .exec(session ->
                                session.set("citizen", CITIZENS.get(NEXT_CITIZEN.getAndIncrement() % CITIZENS.size())))
                        .exec(signIn("sign-in (setup)", "#{citizen}"))
                        .exitHereIfFailed()
                        .exec(http("csrf (setup)")
                                .get(VIA.equals("page") ? FORM : "/")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")))
                        .exitHereIfFailed()
                        .exec(phases("dossier-submit", CivicSimulation::submit));
            case "dossier-form" ->
                scenario("dossier-form")
                        .exec(session ->
                                session.set("citizen", CITIZENS.get(NEXT_CITIZEN.getAndIncrement() % CITIZENS.size())))
                        .exec(signIn("sign-in (setup)", "#{citizen}"))
                        .exitHereIfFailed()
                        .exec(phases(
                                "dossier-form",
                                name -> exec(http(name)
                                        .get(FORM)
                                        .check(
                                                status().is(200),
                                                css("input[name=idempotencyKey]", "value")
                                                        .exists()))));
            case "dossier-status" -> scenario("dossier-status").exec(phases("dossier-status", CivicSimulation::lookUp));
            case "statistics" -> statistics("statistics", "/work/statistics", year(), "table#by-agency");
            case "statistics-month" ->
                statistics("statistics-month", "/work/statistics", lastMonth(), "table#by-agency");
            case "statistics-xlsx" -> statistics("statistics-xlsx", "/work/statistics.xlsx", year(), null);
            // generation and signing of an electronic result (decision 0019): CPU-bound, figures per core
            case "e-result" ->
                measured(
                        "e-result",
                        name -> exec(http(name)
                                .get("/bench/e-results")
                                .check(status().is(200), header("Content-Type").is("application/pdf"))));
            // gap-free numbers of the outgoing register under contention (decision 0027): every user is a clerk of
            // the same agency, so every request waits on the same counter row; run.sh checks the register afterwards
            case "document-numbers" ->
                scenario("document-numbers")
                        .exec(signIn("sign-in (setup)", CLERK))
                        .exitHereIfFailed()
                        .exec(http("csrf (setup)")
                                .get("/work")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")))
                        .exitHereIfFailed()
                        .exec(phases(
                                "document-numbers",
                                name -> exec(http(name)
                                        .post("/bench/documents/numbers")
                                        .header("X-CSRF-TOKEN", "#{csrf}")
                                        .header("Accept", "application/json")
                                        .check(
                                                status().is(200),
                                                jsonPath("$.numberSymbol").exists()))));
            case "document-search-selective" ->
                scenario("document-search-selective")
                        .exec(signIn("sign-in (setup)", CLERK))
                        .exitHereIfFailed()
                        .exec(phases(
                                "document-search-selective",
                                name -> exec(feed(csv(DOCUMENT_QUERIES).random()))
                                        .exec(search(name, "#{q}", true))));
            // the same selective queries through the API, as the ward's archive system (no session, an API key)
            case "document-search-api" ->
                scenario("document-search-api")
                        .exec(phases(
                                "document-search-api",
                                name -> exec(feed(csv(DOCUMENT_QUERIES).random()))
                                        .exec(http(name)
                                                .get("/api/documents/search")
                                                .queryParam("q", "#{q}")
                                                .header("X-API-Key", ARCHIVE_API_KEY)
                                                .header("Accept", "application/json")
                                                .check(
                                                        status().is(200),
                                                        jsonPath("$.items[0].documentId")
                                                                .exists()))));
            case "document-search-broad" ->
                scenario("document-search-broad")
                        .exec(session -> session.set(
                                        "searcher", NEXT_SEARCHER.getAndIncrement() % 2 == 0 ? CLERK : OFFICER)
                                .set("word", BROAD_WORDS.get(NEXT_SEARCHER.get() % BROAD_WORDS.size())))
                        .exec(signIn("sign-in (setup)", "#{searcher}"))
                        .exitHereIfFailed()
                        .exec(phases(
                                "document-search-broad",
                                name -> exec(session -> session.set(
                                                "word",
                                                BROAD_WORDS.get(java.util.concurrent.ThreadLocalRandom.current()
                                                        .nextInt(BROAD_WORDS.size()))))
                                        .exec(search(name, "#{word}", true))));
            // the edXML codec (decision 0028): build and sign, or parse and verify, a package with one PDF
            case "edxml-sign-100k", "edxml-sign-1m", "edxml-verify-100k", "edxml-verify-1m" -> {
                String[] parts = SCENARIO.split("-");
                yield measured(
                        SCENARIO,
                        name -> exec(http(name)
                                .get("/bench/edxml/" + parts[1] + "/" + parts[2])
                                .check(status().is(200))));
            }
            case "open311-create" -> measured("open311-create", CivicSimulation::open311Create);
            case "open311-list" -> measured("open311-list", CivicSimulation::open311List);
            default -> throw new IllegalArgumentException("Unknown bench.scenario " + SCENARIO);
        };
    }

    /** One Open311 POST of a street-lighting request, as an Open311 client sends it (form-encoded, api_key). */
    static ChainBuilder open311Create(String name) {
        return exec(session -> {
                    var random = java.util.concurrent.ThreadLocalRandom.current();
                    return session.set(
                                    "lat",
                                    String.format(
                                            java.util.Locale.ROOT, "%.6f", 21.0285 + random.nextGaussian() * 0.004))
                            .set(
                                    "long",
                                    String.format(
                                            java.util.Locale.ROOT, "%.6f", 105.8542 + random.nextGaussian() * 0.004))
                            .set("pole", "HK-" + random.nextInt(10_000));
                })
                .exec(http(name)
                        .post("/open311/v2/requests.json")
                        .header("Accept", "application/json")
                        .formParam("api_key", OPEN311_API_KEY)
                        .formParam("jurisdiction_id", "hanoi.civic.vn")
                        .formParam("service_code", "street-lighting")
                        .formParam("lat", "#{lat}")
                        .formParam("long", "#{long}")
                        .formParam("address_string", "Phố Tràng Tiền, Hoàn Kiếm, Hà Nội")
                        .formParam("description", "Đèn đường không sáng, cột #{pole}")
                        .formParam("email", "open311-bench@example.vn")
                        .formParam("attribute[lighting-fault]", "off")
                        .formParam("attribute[pole-number]", "#{pole}")
                        .check(
                                status().is(200),
                                jsonPath("$[0].service_request_id").exists()));
    }

    /** One Open311 listing with one of the filters clients use, drawn at random. */
    static ChainBuilder open311List(String name) {
        return exec(feed(csv(OPEN311_CODES).random()))
                .exec(session -> {
                    var random = java.util.concurrent.ThreadLocalRandom.current();
                    java.time.Instant now = java.time.Instant.now();
                    String service = OPEN311_SERVICES.get(random.nextInt(OPEN311_SERVICES.size()));
                    String query = switch (random.nextInt(4)) {
                        case 0 -> "service_code=" + service + "&status=" + (random.nextBoolean() ? "open" : "closed");
                        case 1 -> {
                            java.time.Instant start = now.minus(java.time.Duration.ofDays(30 + random.nextInt(330)));
                            yield "service_code=" + service + "&start_date="
                                    + start.toString().substring(0, 19)
                                    + "Z&end_date="
                                    + start.plus(java.time.Duration.ofDays(30))
                                            .toString()
                                            .substring(0, 19)
                                    + "Z";
                        }
                        case 2 -> {
                            java.time.Instant start = now.minus(java.time.Duration.ofDays(7 + random.nextInt(350)));
                            yield "status=" + (random.nextBoolean() ? "open" : "closed") + "&start_date="
                                    + start.toString().substring(0, 19) + "Z&end_date="
                                    + start.plus(java.time.Duration.ofDays(7))
                                            .toString()
                                            .substring(0, 19) + "Z";
                        }
                        default -> "service_request_id=" + session.getString("codes");
                    };
                    return session.set("query", query);
                })
                .exec(http(name)
                        .get("/open311/v2/requests.json?#{query}")
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$").exists()));
    }

    /** The staff search page for the words, checked for its count and (when expected) a first result. */
    static ChainBuilder search(String name, String words, boolean found) {
        return exec(http(name)
                .get("/work/documents/search")
                .queryParam("q", words)
                .header("Accept", "text/html")
                .check(
                        status().is(200),
                        css("#search-count").exists(),
                        found
                                ? css("#search-results tbody tr").exists()
                                : css("#search-count").exists()));
    }

    /** The 365 days before today: the generator's year. */
    static String year() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return "period=RANGE&from=" + today.minusDays(365) + "&to=" + today.minusDays(1);
    }

    /** The last whole month. */
    static String lastMonth() {
        return "period=MONTH&month="
                + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .minusMonths(1);
    }

    /** Signed in once as the statistics reader, then the page (checked for its table) or the export, in a loop. */
    private static ScenarioBuilder statistics(String name, String path, String query, String table) {
        return scenario(name)
                .exec(signIn("sign-in (setup)", STATS_USER))
                .exitHereIfFailed()
                .exec(phases(
                        name,
                        request -> exec(http(request)
                                .get(path + "?" + query)
                                .header("Accept", table == null ? "*/*" : "text/html")
                                .check(
                                        status().is(200),
                                        table == null
                                                ? bodyLength().gt(1000)
                                                : css(table + " tfoot td[data-column=RECEIVED]")
                                                        .exists()))));
    }

    private static ScenarioBuilder measured(String name, Function<String, ChainBuilder> requests) {
        return scenario(name).exec(phases(name, requests));
    }

    /** Warm-up, then measurement, each a loop of the same requests under its own name. */
    private static ChainBuilder phases(String name, Function<String, ChainBuilder> requests) {
        return exec(during(WARMUP).on(requests.apply(name + " (warm-up)")))
                .exec(during(DURATION).on(requests.apply(name)));
    }

    /** Arrivals at {@code RATE} per second for {@code length}, each filing one dossier in a prepared session. */
    private static io.gatling.javaapi.core.PopulationBuilder openSubmissions(String name, Duration length) {
        return scenario(name)
                .feed(csv(SESSIONS).circular())
                .exec(addCookie(Cookie("SESSION", "#{session}")))
                .exec(submit(name))
                .injectOpen(constantUsersPerSec(RATE).during(length));
    }

    /** Arrivals at {@code RATE} per second for {@code length}, each looking up one status. */
    private static io.gatling.javaapi.core.PopulationBuilder openLookUps(String name, Duration length) {
        return scenario(name)
                .exec(lookUp(name))
                .injectOpen(constantUsersPerSec(RATE).during(length));
    }

    /** The public status look-up of a generated dossier by its code and factor. */
    static ChainBuilder lookUp(String name) {
        return exec(feed(csv(CODES).random()))
                .exec(http(name)
                        .get(VIA.equals("page") ? "/api/dossiers/status" : "/bench/dossiers/status")
                        .queryParam("code", "#{code}")
                        .queryParam("factor", "#{factor}")
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$.code").isEL("#{code}")));
    }

    /** One submission in a signed-in session whose CSRF token is in {@code csrf}. */
    static ChainBuilder submit(String name) {
        if (!VIA.equals("page")) {
            return exec(http(name)
                    .post("/bench/dossiers")
                    .header("X-CSRF-TOKEN", "#{csrf}")
                    .header("Accept", "application/json")
                    .check(status().is(200), jsonPath("$.code").exists()));
        }
        String address = WARD_UNIT;
        Map<String, String> fields = Map.ofEntries(
                Map.entry("applicantName", "Nguyễn Thị Lan"),
                Map.entry("applicantId", "001190004321"),
                Map.entry("applicantBirthDate", "1990-04-12"),
                Map.entry("applicantPhone", "0912345678"),
                Map.entry("relationship", "MOTHER"),
                Map.entry("childName", "Trần Minh An"),
                Map.entry("childBirthDate", LocalDate.now().minusDays(10).toString()),
                Map.entry("childGender", "MALE"),
                Map.entry("childBirthPlace", "Bệnh viện Phụ sản Hà Nội"),
                Map.entry("childEthnicity", "Kinh"),
                Map.entry("motherName", "Nguyễn Thị Lan"),
                Map.entry("motherBirthDate", "1990-04-12"),
                Map.entry("motherId", "001190004321"),
                Map.entry("motherEthnicity", "Kinh"),
                Map.entry("motherNationality", "Việt Nam"));
        var post = http(name)
                .post("/dossiers/new")
                .asMultipartForm()
                .formParam("_csrf", "#{csrf}")
                .formParam("procedure", "1.001193")
                .formParam("agencyId", AGENCY_ID)
                .formParam("idempotencyKey", "#{idempotencyKey}")
                .formParam("f.applicantAddress.unit", address)
                .formParam("f.applicantAddress.street", "số 12 phố Hàng Bạc")
                .formParam("f.motherAddress.unit", address)
                .formParam("f.motherAddress.street", "số 12 phố Hàng Bạc");
        for (var field : fields.entrySet()) {
            post = post.formParam("f." + field.getKey(), field.getValue());
        }
        return exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString()))
                .exec(post.bodyPart(ByteArrayBodyPart("document.TK", PDF)
                                .fileName("to-khai.pdf")
                                .contentType("application/pdf"))
                        .bodyPart(ByteArrayBodyPart("document.GCS", PDF)
                                .fileName("giay-chung-sinh.pdf")
                                .contentType("application/pdf"))
                        .check(
                                status().in(302, 303),
                                header("Location")
                                        .transform(location -> location.contains("/dossiers/new")
                                                ? "refused, sent to " + location
                                                : "filed")
                                        .is("filed")));
    }

    /** A new visitor signs in through the form: the sign-in page gives the CSRF token, the POST checks the password. */
    static ChainBuilder signIn(String name) {
        return signIn(name, USERNAME);
    }

    /** Signs in as {@code username} (a Gatling expression) in a fresh cookie jar. */
    static ChainBuilder signIn(String name, String username) {
        return exec(flushCookieJar())
                .exec(http(name + ": form")
                        .get("/login")
                        .check(
                                status().is(200),
                                css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(name)
                        .post("/login")
                        .formParam("username", username)
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
