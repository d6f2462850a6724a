package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.open311.Open311Http.childNames;
import static vn.civic.feedback.open311.Open311Http.children;
import static vn.civic.feedback.open311.Open311Http.text;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.CommandBuilder;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.SubmittedReport;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.identity.client.TestClients;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.security.Privilege;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * Creating, reading and following requests through Open311: the API key in the form (or header) with the scope
 * {@code feedback.write}, every refusal in the specification's format with nothing stored, the listing's filters and
 * default window, one request, the token look-up and mySociety's updates after a status change. Each test class run
 * has a category of its own, so the shared database's other reports never disturb the listings.
 */
@CivicTest
class Open311RequestsTest {

    /** A point in Phường Hoàn Kiếm. */
    static final String LAT = "21.028511";

    static final String LONG = "105.852000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClientRegistry clients;

    @Autowired
    OrgDirectory org;

    @Autowired
    FeedbackReports reports;

    @Autowired
    ReferenceCaches caches;

    Open311Http client;
    String category;
    String key;

    @BeforeEach
    void setUp() {
        client = new Open311Http(port);
        category = "t311-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        jdbc.update(
                "insert into feedback_category (code, name_vi, name_en, description_vi, description_en, category_group,"
                        + " keywords, anonymous_allowed, location_required, resolve_working_days, active, sort_order)"
                        + " values (?, 'Thử nghiệm Open311', 'Open311 test', 'Loại phản ánh thử nghiệm',"
                        + " 'A test category', 'ON_SITE', 'thử,test', true, true, null, true, 9000)",
                category);
        attribute("t-kind", "SINGLEVALUELIST", true, 1, "a", "b");
        attribute("t-tags", "MULTIVALUELIST", false, 2, "x", "y", "z");
        attribute("t-count", "NUMBER", false, 3);
        caches.forgetAll(); // categories are reference data, cached for a minute
        IssuedCredential open311 = TestClients.register(clients, org, ApiScope.FEEDBACK_WRITE);
        key = clients.issueKey(open311.client().id(), null).value();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void attribute(String code, String datatype, boolean required, int order, String... values) {
        jdbc.update(
                "insert into feedback_attribute (category_code, code, datatype, required, attribute_order,"
                        + " description_vi, description_en) values (?, ?, ?, ?, ?, ?, ?)",
                category,
                code,
                datatype,
                required,
                order,
                "Thuộc tính " + code,
                "Attribute " + code);
        for (int i = 0; i < values.length; i++) {
            jdbc.update(
                    "insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)"
                            + " select id, ?, ?, ?, ? from feedback_attribute where category_code = ? and code = ?",
                    values[i],
                    "Giá trị " + values[i],
                    "Value " + values[i],
                    i + 1,
                    category,
                    code);
        }
    }

    /** A complete, valid request of the test category, with the given fields added or replacing. */
    List<Map.Entry<String, String>> form(String description, String... more) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("jurisdiction_id", "hanoi.civic.vn"),
                Map.entry("service_code", category),
                Map.entry("lat", LAT),
                Map.entry("long", LONG),
                Map.entry("address_string", "12 Hàng Bài"),
                Map.entry("email", "nguoidan@example.vn"),
                Map.entry("first_name", "Lan"),
                Map.entry("last_name", "Nguyễn Thị"),
                Map.entry("phone", "0912345678"),
                Map.entry("device_id", "device-42"),
                Map.entry("description", description),
                Map.entry("attribute[t-kind]", "a")));
        for (int i = 0; i < more.length; i += 2) {
            String name = more[i];
            if (!name.endsWith("[]")) {
                fields.removeIf(f -> f.getKey().equals(name));
            }
            if (more[i + 1] != null) {
                fields.add(Map.entry(name, more[i + 1]));
            }
        }
        return fields;
    }

    static String marker() {
        return "Đèn hỏng " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    int stored(String description) {
        return jdbc.queryForObject(
                "select count(*) from feedback_report where description = ?", Integer.class, description);
    }

    /** Creates a request over Open311 and returns its id. */
    String create(String description, String... more) {
        List<Map.Entry<String, String>> fields = form(description, more);
        fields.add(Map.entry("api_key", key));
        HttpResponse<String> response = client.post("/open311/v2/requests.xml", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Element request = children(Open311Http.xml(response).getDocumentElement(), "request")
                .getFirst();
        return text(request, "service_request_id");
    }

    // ------------------------------------------------------------------------------------------------ create

    @Test
    void anApiKeyInTheFormCreatesARequestThatReadsBackWithoutPersonalData() {
        String description = marker();
        List<Map.Entry<String, String>> fields = form(
                description,
                "attribute[t-tags][]",
                "x",
                "attribute[t-tags][]",
                "z",
                "attribute[fixmystreet_id]",
                "12345",
                "account_id",
                "fms-user-7");
        fields.add(Map.entry("api_key", key));

        HttpResponse<String> created = client.post("/open311/v2/requests.xml", fields);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Element root = Open311Http.xml(created).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root, "request").getFirst();
        assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
        String id = text(request, "service_request_id");
        assertThat(id).matches("PA-\\d{4}-\\d{6}");
        assertThat(text(request, "service_notice")).contains(id).contains("/feedback/reports/" + id);
        assertThat(text(request, "account_id")).isEqualTo("fms-user-7");
        assertThat(jdbc.queryForList(
                        "select value_text from feedback_report_attribute a join feedback_report r on r.id = a.report_id"
                                + " where r.code = ? and a.attribute_code = 't-tags' order by a.value_order",
                        String.class,
                        id))
                .containsExactly("x", "z");
        assertThat(jdbc.queryForObject(
                        "select channel || ' ' || contact_email || ' ' || contact_device_id from feedback_report where code = ?",
                        String.class,
                        id))
                .isEqualTo("OPEN311 nguoidan@example.vn device-42");

        HttpResponse<String> read = client.get("/open311/v2/requests/" + id + ".xml");
        assertThat(read.statusCode()).isEqualTo(200);
        Element one =
                children(Open311Http.xml(read).getDocumentElement(), "request").getFirst();
        assertThat(childNames(one))
                .containsExactly(
                        "service_request_id",
                        "status",
                        "status_notes",
                        "service_name",
                        "service_code",
                        "description",
                        "agency_responsible",
                        "service_notice",
                        "requested_datetime",
                        "updated_datetime",
                        "expected_datetime",
                        "address",
                        "address_id",
                        "zipcode",
                        "lat",
                        "long",
                        "media_url");
        assertThat(text(one, "status")).isEqualTo("open");
        assertThat(text(one, "service_code")).isEqualTo(category);
        assertThat(text(one, "service_name")).isEqualTo("Thử nghiệm Open311");
        assertThat(text(one, "description")).isEqualTo(description);
        assertThat(text(one, "lat")).isEqualTo(LAT);
        assertThat(text(one, "long")).isEqualTo("105.852");
        assertThat(text(one, "address")).startsWith("12 Hàng Bài");
        assertThat(text(one, "agency_responsible")).isNotBlank();
        assertThat(text(one, "requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(W3cDateTime.parse(text(one, "expected_datetime"))).isPresent();
        assertThat(read.body())
                .doesNotContain("nguoidan@example.vn")
                .doesNotContain("0912345678")
                .doesNotContain("Nguyễn Thị")
                .doesNotContain("device-42")
                .doesNotContain("fms-user-7");

        JsonNode json = Open311Http.json(client.get("/open311/v2/requests/" + id + ".json"));
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(json.get(0).get("lat").isNumber()).isTrue();
        assertThat(json.get(0).get("zipcode").isNull()).isTrue();
        assertThat(json.get(0).get("requested_datetime").asString()).isEqualTo(text(one, "requested_datetime"));
    }

    @Test
    void jsonCreationWithTheKeyInTheHeaderAnswersAnArray() {
        String description = marker();
        HttpResponse<String> created = client.post("/open311/v2/requests.json", form(description), "X-API-Key", key);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode json = Open311Http.json(created);
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("service_request_id").asString()).matches("PA-\\d{4}-\\d{6}");
        assertThat(json.get(0).has("token")).isFalse();
        assertThat(json.get(0).get("account_id").isNull()).isTrue();
        assertThat(stored(description)).isEqualTo(1);
    }

    @Test
    void photosMayComeAsMultipartMediaPartsCheckedByTheirContent() {
        String description = marker();
        List<Map.Entry<String, String>> fields = form(description);
        fields.add(Map.entry("api_key", key));

        HttpResponse<String> created =
                client.postMultipart("/open311/v2/requests.xml", fields, List.of(jpeg("den-hong.jpg")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = text(
                children(Open311Http.xml(created).getDocumentElement(), "request")
                        .getFirst(),
                "service_request_id");
        Element read = children(
                        Open311Http.xml(client.get("/open311/v2/requests/" + id + ".xml"))
                                .getDocumentElement(),
                        "request")
                .getFirst();
        assertThat(text(read, "media_url")).matches("https?://.+/feedback/reports/" + id + "/files/\\d+");

        String disguised = marker();
        List<Map.Entry<String, String>> second = form(disguised);
        second.add(Map.entry("api_key", key));
        PhotoUpload pdf = new PhotoUpload(
                "den-hong.jpg",
                "image/jpeg",
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<String> refused = client.postMultipart("/open311/v2/requests.xml", second, List.of(pdf));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Open311Http.xmlErrors(refused)).singleElement().asString().startsWith("400: media: ");
        assertThat(stored(disguised)).isZero();
    }

    // ------------------------------------------------------------------------------------------------ keys

    @Test
    void withoutAKeyOrWithABadOneNothingIsCreated() {
        String description = marker();

        HttpResponse<String> none = client.post("/open311/v2/requests.xml", form(description));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(Open311Http.xmlErrors(none)).containsExactly("403: Cần api_key để gửi phản ánh.");

        List<Map.Entry<String, String>> wrong = form(description);
        wrong.add(Map.entry("api_key", key.substring(0, key.length() - 2) + "zz"));
        HttpResponse<String> invalid = client.post("/open311/v2/requests.json", wrong, "Accept-Language", "en");
        assertThat(invalid.statusCode()).isEqualTo(403);
        assertThat(Open311Http.jsonErrors(invalid))
                .containsExactly(
                        "403: Invalid, expired or revoked api_key received: can't proceed with create_request.");

        IssuedCredential reader = TestClients.register(clients, org, ApiScope.ORG_READ);
        List<Map.Entry<String, String>> unscoped = form(description);
        unscoped.add(Map.entry(
                "api_key", clients.issueKey(reader.client().id(), null).value()));
        HttpResponse<String> notAllowed = client.post("/open311/v2/requests.xml", unscoped);
        assertThat(notAllowed.statusCode()).isEqualTo(403);
        assertThat(Open311Http.xmlErrors(notAllowed)).singleElement().asString().contains("feedback.write");

        assertThat(stored(description)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'apiclient.authentication.failed'"
                                + " and summary_after like ?",
                        Integer.class,
                        "API key " + key.substring(6, 14) + " wrong"))
                .isPositive();
    }

    @Test
    void aSignedInBrowserSessionCarriesNoAuthorityHere() {
        Browserless browser = new Browserless(port);
        HttpResponse<String> signedIn = browser.submit(
                "/login", "form[action='/login']", Map.of("username", "001085012345", "password", "Civic@2026"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        String description = marker();

        HttpResponse<String> posted =
                browser.send(java.net.http.HttpRequest.newBuilder(browser.uri("/open311/v2/requests.xml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Open311Http.form(form(description)))));

        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(Open311Http.xmlErrors(posted)).containsExactly("403: Cần api_key để gửi phản ánh.");
        assertThat(stored(description)).isZero();
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    void unknownServiceMissingCodeAndMissingLocationAreRefusedAndNothingIsStored() {
        String description = marker();
        List<Map.Entry<String, String>> unknown = form(description, "service_code", "no-such-service");
        unknown.add(Map.entry("api_key", key));
        HttpResponse<String> notFound = client.post("/open311/v2/requests.xml", unknown);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(Open311Http.xmlErrors(notFound))
                .singleElement()
                .asString()
                .startsWith("404: ")
                .contains("no-such-service");

        List<Map.Entry<String, String>> noCode = form(description, "service_code", null);
        noCode.add(Map.entry("api_key", key));
        HttpResponse<String> missing = client.post("/open311/v2/requests.json", noCode);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Open311Http.jsonErrors(missing)).containsExactly("400: Thiếu service_code.");

        List<Map.Entry<String, String>> nowhere = form(description, "lat", null, "long", null, "address_string", null);
        nowhere.add(Map.entry("api_key", key));
        HttpResponse<String> noLocation = client.post("/open311/v2/requests.xml", nowhere);
        assertThat(noLocation.statusCode()).isEqualTo(400);
        assertThat(Open311Http.xmlErrors(noLocation))
                .containsExactly("400: Cần vị trí: lat và long, hoặc address_string, hoặc address_id.");

        List<Map.Entry<String, String>> half = form(description, "long", null);
        half.add(Map.entry("api_key", key));
        assertThat(client.post("/open311/v2/requests.xml", half).statusCode()).isEqualTo(400);

        List<Map.Entry<String, String>> badUnit = form(description, "address_id", "ward-7");
        badUnit.add(Map.entry("api_key", key));
        assertThat(Open311Http.xmlErrors(client.post("/open311/v2/requests.xml", badUnit)))
                .singleElement()
                .asString()
                .contains("ward-7");

        assertThat(stored(description)).isZero();
    }

    @Test
    void anAddressAloneOrAnAdministrativeUnitIsALocation() {
        String byAddress = marker();
        create(byAddress, "lat", null, "long", null);
        assertThat(stored(byAddress)).isEqualTo(1);

        long unit = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
        String byUnit = marker();
        String id =
                create(byUnit, "lat", null, "long", null, "address_string", null, "address_id", Long.toString(unit));
        Element read = children(
                        Open311Http.xml(client.get("/open311/v2/requests/" + id + ".xml"))
                                .getDocumentElement(),
                        "request")
                .getFirst();
        assertThat(text(read, "address_id")).isEqualTo(Long.toString(unit));
        assertThat(text(read, "address")).isNotBlank();
    }

    @Test
    void aProcedureComplaintNeedsNoLocationButAReporterToReach() {
        String anonymous = marker();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("api_key", key),
                Map.entry("service_code", "administrative-procedure"),
                Map.entry("description", anonymous)));
        HttpResponse<String> refused = client.post("/open311/v2/requests.json", fields, "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Open311Http.jsonErrors(refused))
                .containsExactly("400: This service takes no anonymous requests: send the reporter's first_name or"
                        + " last_name, with an email or phone.");
        assertThat(stored(anonymous)).isZero();

        String named = marker();
        HttpResponse<String> created = client.post(
                "/open311/v2/requests.xml",
                List.of(
                        Map.entry("api_key", key),
                        Map.entry("service_code", "administrative-procedure"),
                        Map.entry("description", named),
                        Map.entry("first_name", "Lan"),
                        Map.entry("email", "lan@example.vn")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(stored(named)).isEqualTo(1);
    }

    @Test
    void attributesAreCheckedAgainstTheServiceDefinition() {
        String description = marker();
        List<Map.Entry<String, String>> withoutRequired = form(description, "attribute[t-kind]", null);
        withoutRequired.add(Map.entry("api_key", key));
        HttpResponse<String> missing = client.post("/open311/v2/requests.xml", withoutRequired);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Open311Http.xmlErrors(missing)).singleElement().asString().startsWith("400: attribute[t-kind]: ");

        List<Map.Entry<String, String>> notInList = form(description, "attribute[t-kind]", "c");
        notInList.add(Map.entry("api_key", key));
        HttpResponse<String> invalid = client.post("/open311/v2/requests.json", notInList);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Open311Http.jsonErrors(invalid)).singleElement().asString().startsWith("400: attribute[t-kind]: ");

        List<Map.Entry<String, String>> badTag =
                form(description, "attribute[t-tags][]", "x", "attribute[t-tags][]", "w");
        badTag.add(Map.entry("api_key", key));
        assertThat(client.post("/open311/v2/requests.xml", badTag).statusCode()).isEqualTo(400);

        List<Map.Entry<String, String>> notANumber = form(description, "attribute[t-count]", "many");
        notANumber.add(Map.entry("api_key", key));
        assertThat(client.post("/open311/v2/requests.xml", notANumber).statusCode())
                .isEqualTo(400);

        List<Map.Entry<String, String>> tooLong = form("x".repeat(4001));
        tooLong.add(Map.entry("api_key", key));
        HttpResponse<String> longText = client.post("/open311/v2/requests.xml", tooLong);
        assertThat(Open311Http.xmlErrors(longText)).containsExactly("400: description dài quá 4.000 ký tự.");

        assertThat(stored(description)).isZero();
    }

    // ------------------------------------------------------------------------------------------------ listing

    List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return children(Open311Http.xml(response).getDocumentElement(), "request").stream()
                .map(r -> text(r, "service_request_id"))
                .toList();
    }

    @Test
    void theListingFiltersByServiceStatusAndDatesWithinTheDefaultWindow() {
        String first = create(marker());
        String second = create(marker());
        String old = create(marker());
        jdbc.update(
                "update feedback_report set submitted_at = ? where code = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(100))),
                old);

        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category)))
                .containsExactly(second, first);
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&status=open")))
                .containsExactly(second, first);
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&status=closed")))
                .isEmpty();
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=waste," + category + "&status=open,closed")))
                .contains(second, first);

        String from = W3cDateTime.format(Instant.now().minus(Duration.ofDays(110)));
        String to = W3cDateTime.format(Instant.now().minus(Duration.ofDays(50)));
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&start_date="
                        + Open311Http.enc(from) + "&end_date=" + Open311Http.enc(to))))
                .containsExactly(old);
        // a '+' left unencoded in the offset still reads as a date
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&start_date=" + from)))
                .containsExactly(old);
        String tomorrow = W3cDateTime.format(Instant.now().plus(Duration.ofDays(1)));
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&start_date="
                        + Open311Http.enc(tomorrow))))
                .isEmpty();

        // the pagination extension
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&page_size=1")))
                .containsExactly(second);
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&page=2&page_size=1")))
                .containsExactly(first);

        // service_request_id overrides every other argument
        assertThat(ids(client.get("/open311/v2/requests.xml?service_request_id=" + first + "," + old
                        + "&service_code=waste&status=closed")))
                .containsExactlyInAnyOrder(first, old);

        JsonNode json = Open311Http.json(client.get("/open311/v2/requests.json?service_code=" + category));
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("service_request_id").asString()).isEqualTo(second);
    }

    @Test
    void badDatesAndStatusesGetTheSpecificationsError() {
        HttpResponse<String> notADate = client.get("/open311/v2/requests.xml?start_date=03/12/2026");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(Open311Http.xmlErrors(notADate))
                .singleElement()
                .asString()
                .startsWith("400: start_date \"03/12/2026\"");

        HttpResponse<String> noZone =
                client.get("/open311/v2/requests.json?end_date=2026-12-03T08:00:00", "Accept-Language", "en");
        assertThat(Open311Http.jsonErrors(noZone))
                .containsExactly("400: end_date \"2026-12-03T08:00:00\" is not a W3C date and time, e.g."
                        + " 2026-12-03T08:30:00+07:00.");

        assertThat(Open311Http.xmlErrors(client.get(
                        "/open311/v2/requests.xml?start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z")))
                .containsExactly("400: start_date phải trước end_date.");
        assertThat(Open311Http.xmlErrors(client.get(
                        "/open311/v2/requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")))
                .containsExactly("400: Khoảng start_date..end_date không được dài quá 90 ngày.");
        assertThat(client.get("/open311/v2/requests.xml?status=pending").statusCode())
                .isEqualTo(400);
        assertThat(client.get("/open311/v2/servicerequestupdates.xml?start_date=tomorrow")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anUnknownRequestOrTokenIs404() {
        HttpResponse<String> request = client.get("/open311/v2/requests/PA-1999-000001.json");
        assertThat(request.statusCode()).isEqualTo(404);
        assertThat(Open311Http.jsonErrors(request)).singleElement().asString().startsWith("404: ");
        HttpResponse<String> token = client.get("/open311/v2/tokens/no-such-token.xml");
        assertThat(token.statusCode()).isEqualTo(404);
        assertThat(Open311Http.xmlErrors(token)).singleElement().asString().contains("no-such-token");
    }

    // ------------------------------------------------------------------------------------------------ token

    @Test
    void aTokenGivenToAnAnonymousReporterLeadsToTheRequest() {
        SubmittedReport submitted = reports.submit(CommandBuilder.report(category, marker())
                .at(21.0285, 105.852)
                .address("Phố Tràng Tiền")
                .attributes(Map.of("t-kind", List.of("b")))
                .build());

        for (String format : List.of("xml", "json")) {
            HttpResponse<String> response = client.get("/open311/v2/tokens/" + submitted.token() + "." + format);
            assertThat(response.statusCode()).isEqualTo(200);
            if (format.equals("xml")) {
                Element request = children(Open311Http.xml(response).getDocumentElement(), "request")
                        .getFirst();
                assertThat(childNames(request)).containsExactly("service_request_id", "token");
                assertThat(text(request, "service_request_id")).isEqualTo(submitted.code());
                assertThat(text(request, "token")).isEqualTo(submitted.token());
            } else {
                JsonNode json = Open311Http.json(response);
                assertThat(json.get(0).get("service_request_id").asString()).isEqualTo(submitted.code());
                assertThat(json.get(0).get("token").asString()).isEqualTo(submitted.token());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ updates

    @Test
    void statusChangesAppearInTheUpdatesAndAnAnswerClosesTheRequest() {
        Instant before = Instant.now().minusSeconds(1);
        String id = create(marker());
        AgencyView desk = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        AgencyView ward = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        act(TestActors.staff(desk.id(), desk.code()), Privilege.FEEDBACK_ROUTE, Privilege.FEEDBACK_HANDLE);
        reports.route(id, ward.id(), "Chuyển phường xử lý");
        long officer = jdbc.queryForObject("select id from account where username = 'chuyenvien.hoankiem'", Long.class);
        act(
                new TestActors.TestActor("account:" + officer, "Chuyên viên", ward.id(), ward.code()),
                Privilege.FEEDBACK_HANDLE);
        reports.acknowledge(id, officer);
        reports.answer(id, new AnswerCommand("Đã thay bóng đèn.", List.of(jpeg("sau-sua-chua.jpg"))));
        SecurityContextHolder.clearContext();

        String window = "?start_date=" + Open311Http.enc(W3cDateTime.format(before)) + "&end_date="
                + Open311Http.enc(W3cDateTime.format(Instant.now().plusSeconds(2)));
        Element root = Open311Http.xml(client.get("/open311/v2/servicerequestupdates.xml" + window))
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_request_updates");
        List<Element> updates = children(root, "request_update").stream()
                .filter(u -> text(u, "service_request_id").equals(id))
                .toList();
        assertThat(updates).hasSizeGreaterThanOrEqualTo(2);
        assertThat(childNames(updates.getFirst()))
                .containsExactly(
                        "update_id",
                        "service_request_id",
                        "status",
                        "updated_datetime",
                        "description",
                        "media_url",
                        "external_status_code");
        assertThat(updates).extracting(u -> text(u, "external_status_code")).contains("ROUTED", "ANSWERED");
        Element answered = updates.getLast();
        assertThat(text(answered, "status")).isEqualTo("closed");
        assertThat(text(answered, "description")).contains("Đã thay bóng đèn.");
        assertThat(text(answered, "media_url")).startsWith("http").contains("/feedback/reports/" + id + "/files/");
        assertThat(updates)
                .extracting(u -> Long.parseLong(text(u, "update_id")))
                .isSorted();

        JsonNode json = Open311Http.json(client.get("/open311/v2/servicerequestupdates.json" + window));
        assertThat(json.isArray()).isTrue();
        boolean found = false;
        for (JsonNode u : json) {
            found |= u.get("service_request_id").asString().equals(id)
                    && u.get("status").asString().equals("closed");
        }
        assertThat(found).isTrue();

        Element request = children(
                        Open311Http.xml(client.get("/open311/v2/requests/" + id + ".xml"))
                                .getDocumentElement(),
                        "request")
                .getFirst();
        assertThat(text(request, "status")).isEqualTo("closed");
        assertThat(text(request, "status_notes")).contains("Đã thay bóng đèn.");
        assertThat(text(request, "agency_responsible")).isEqualTo(ward.name());
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&status=closed")))
                .contains(id);
    }

    @Test
    void aHiddenRequestLeavesTheListingAndShowsNoText() {
        String description = marker();
        String id = create(description);
        AgencyView desk = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        act(TestActors.staff(desk.id(), desk.code()), Privilege.FEEDBACK_ROUTE);
        reports.hide(id, "Nội dung không phù hợp");
        SecurityContextHolder.clearContext();

        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category)))
                .doesNotContain(id);
        assertThat(ids(client.get("/open311/v2/requests.xml?service_code=" + category + "&status=closed")))
                .doesNotContain(id);
        HttpResponse<String> one = client.get("/open311/v2/requests/" + id + ".xml");
        assertThat(text(
                        children(Open311Http.xml(one).getDocumentElement(), "request")
                                .getFirst(),
                        "status"))
                .isEqualTo("closed");
        assertThat(one.body()).doesNotContain(description);
    }

    void act(vn.civic.platform.security.Actor actor, Privilege... privileges) {
        SecurityContextHolder.getContext().setAuthentication(TestActors.authentication(actor, privileges));
    }

    static PhotoUpload jpeg(String name) {
        var image = new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new PhotoUpload(name, "image/jpeg", out.toByteArray());
    }
}
