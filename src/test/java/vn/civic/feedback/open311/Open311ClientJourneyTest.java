package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.open311.Open311Http.children;
import static vn.civic.feedback.open311.Open311Http.text;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import vn.civic.test.CivicTest;

/**
 * Issue 6's "done when": an Open311 client that knows only the specification and the demo city's published API key
 * discovers the endpoint, lists the services, reads a service's definition, posts a request and reads it back in XML
 * and in JSON, over plain HTTP.
 */
@CivicTest
class Open311ClientJourneyTest {

    /** The demo Open311 application's key, as the start-up banner prints it. */
    static final String DEMO_KEY = "civic_openhn26_demo-key-of-the-hanoi-open311-app";

    @LocalServerPort
    int port;

    @Test
    void aClientDiscoversListsPostsAndReadsBackInXmlAndJson() {
        Open311Http client = new Open311Http(port);

        // 1. discovery: the GeoReport v2 endpoint and its formats (its address is the configured public one; the test
        // server listens on another port, so the client keeps the path)
        Element discovery =
                Open311Http.xml(client.get("/open311/v2/discovery.xml")).getDocumentElement();
        Element endpoint = children(children(discovery, "endpoints").getFirst(), "endpoint").stream()
                .filter(e -> text(e, "specification").equals("http://wiki.open311.org/GeoReport_v2"))
                .findFirst()
                .orElseThrow();
        String base = URI.create(text(endpoint, "url")).getPath();
        assertThat(children(children(endpoint, "formats").getFirst(), "format"))
                .extracting(Element::getTextContent)
                .contains("text/xml", "application/json");

        // 2. the services, in JSON; street lighting asks extra questions
        JsonNode services = Open311Http.json(client.get(base + "/services.json?jurisdiction_id=hanoi.civic.vn"));
        JsonNode lighting = null;
        for (JsonNode service : services) {
            if (service.get("service_code").asString().equals("street-lighting")) {
                lighting = service;
            }
        }
        assertThat(lighting).isNotNull();
        assertThat(lighting.get("metadata").asBoolean()).isTrue();

        // 3. its definition, in XML: the first value of the list attribute
        Element definition = Open311Http.xml(client.get(base + "/services/street-lighting.xml"))
                .getDocumentElement();
        Element fault = children(children(definition, "attributes").getFirst(), "attribute").stream()
                .filter(a -> text(a, "datatype").equals("singlevaluelist"))
                .findFirst()
                .orElseThrow();
        String faultKey =
                text(children(children(fault, "values").getFirst(), "value").getFirst(), "key");

        // 4. a request, form-encoded with the API key
        String description = "Đèn đường trước số 8 Tràng Tiền không sáng "
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        HttpResponse<String> posted = client.post(
                base + "/requests.xml",
                List.of(
                        Map.entry("api_key", DEMO_KEY),
                        Map.entry("jurisdiction_id", "hanoi.civic.vn"),
                        Map.entry("service_code", "street-lighting"),
                        Map.entry("lat", "21.024850"),
                        Map.entry("long", "105.856410"),
                        Map.entry("address_string", "8 Tràng Tiền, Hoàn Kiếm, Hà Nội"),
                        Map.entry("description", description),
                        Map.entry("attribute[" + text(fault, "code") + "]", faultKey),
                        Map.entry("attribute[pole-number]", "HK-0815"),
                        Map.entry("email", "client-journey@example.vn")));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String id = text(
                children(Open311Http.xml(posted).getDocumentElement(), "request")
                        .getFirst(),
                "service_request_id");

        // 5. read back, in XML and in JSON
        Element request = children(
                        Open311Http.xml(client.get(base + "/requests/" + id + ".xml"))
                                .getDocumentElement(),
                        "request")
                .getFirst();
        assertThat(text(request, "service_request_id")).isEqualTo(id);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "service_code")).isEqualTo("street-lighting");
        assertThat(text(request, "description")).isEqualTo(description);
        JsonNode json =
                Open311Http.json(client.get(base + "/requests/" + id + ".json")).get(0);
        assertThat(json.get("service_request_id").asString()).isEqualTo(id);
        assertThat(json.get("description").asString()).isEqualTo(description);
        assertThat(json.get("lat").asDouble()).isEqualTo(21.02485);
        assertThat(json.get("requested_datetime").asString()).isEqualTo(text(request, "requested_datetime"));

        // and it is in the list of open street-lighting requests
        JsonNode open = Open311Http.json(
                client.get(base + "/requests.json?service_code=street-lighting&status=open&service_request_id=" + id));
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("service_request_id").asString()).isEqualTo(id);
    }
}
