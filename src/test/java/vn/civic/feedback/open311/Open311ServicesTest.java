package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.open311.Open311Http.childNames;
import static vn.civic.feedback.open311.Open311Http.children;
import static vn.civic.feedback.open311.Open311Http.text;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import vn.civic.test.CivicTest;

/**
 * Discovery, the service list and service definitions, exactly in GeoReport v2's shapes: element names and order,
 * text types ({@code metadata} true/false, {@code type} realtime, comma-separated keywords), the Spark-convention
 * JSON, and the specification's errors for what does not exist.
 */
@CivicTest
class Open311ServicesTest {

    @LocalServerPort
    int port;

    Open311Http client;

    @BeforeEach
    void client() {
        client = new Open311Http(port);
    }

    @Test
    void discoveryNamesTheGeoReportV2EndpointWithBothFormats() {
        Element discovery =
                Open311Http.xml(client.get("/open311/v2/discovery.xml")).getDocumentElement();
        assertThat(discovery.getTagName()).isEqualTo("discovery");
        assertThat(childNames(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        assertThat(W3cDateTime.parse(text(discovery, "changeset"))).isPresent();
        assertThat(text(discovery, "contact")).isNotBlank();
        assertThat(text(discovery, "key_service")).contains("api_key");
        Element endpoint = children(children(discovery, "endpoints").getFirst(), "endpoint")
                .getFirst();
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2");
        assertThat(text(endpoint, "type")).isEqualTo("production");
        assertThat(children(children(endpoint, "formats").getFirst(), "format"))
                .extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");

        JsonNode json = Open311Http.json(client.get("/open311/v2/discovery.json"));
        assertThat(json.get("contact").asString()).isEqualTo(text(discovery, "contact"));
        assertThat(json.get("changeset").asString()).isEqualTo(text(discovery, "changeset"));
        JsonNode jsonEndpoint = json.get("endpoints").get(0);
        assertThat(jsonEndpoint.get("url").asString()).isEqualTo(text(endpoint, "url"));
        assertThat(jsonEndpoint.get("formats").isArray()).isTrue();
        assertThat(jsonEndpoint.get("formats").get(0).asString()).isEqualTo("text/xml");
    }

    @Test
    void theDiscoveryIsAlsoOneLevelAboveTheVersionedEndpoint() {
        assertThat(client.get("/open311/discovery.json").body())
                .isEqualTo(client.get("/open311/v2/discovery.json").body());
        assertThat(client.get("/open311/nothing.json").statusCode()).isEqualTo(404);
    }

    @Test
    void theExtensionDecidesTheFormatWhateverTheAcceptHeaderSays() {
        HttpResponse<String> xml = client.get("/open311/v2/services.xml", "Accept", "application/json");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(Open311Http.xml(xml).getDocumentElement().getTagName()).isEqualTo("services");
        HttpResponse<String> json = client.get("/open311/v2/services/no-such.json", "Accept", "text/html");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(Open311Http.jsonErrors(json)).hasSize(1);
    }

    @Test
    void serviceListHasEveryActiveCategoryInTheSpecificationsShape() {
        Element services =
                Open311Http.xml(client.get("/open311/v2/services.xml")).getDocumentElement();
        assertThat(services.getTagName()).isEqualTo("services");
        Element lighting = service(children(services, "service"), "street-lighting");
        assertThat(childNames(lighting))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(lighting, "service_name")).isEqualTo("Chiếu sáng công cộng");
        assertThat(text(lighting, "metadata")).isEqualTo("true");
        assertThat(text(lighting, "type")).isEqualTo("realtime");
        assertThat(text(lighting, "keywords")).startsWith("chiếu sáng, đèn đường, cột đèn");
        assertThat(text(lighting, "group")).isEqualTo("Phản ánh hiện trường");
        assertThat(text(service(children(services, "service"), "waste"), "metadata"))
                .isEqualTo("false");

        JsonNode json = Open311Http.json(client.get("/open311/v2/services.json"));
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSameSizeAs(children(services, "service"));
        JsonNode jsonLighting = null;
        for (JsonNode s : json) {
            if (s.get("service_code").asString().equals("street-lighting")) {
                jsonLighting = s;
            }
        }
        assertThat(jsonLighting).isNotNull();
        assertThat(jsonLighting.get("metadata").isBoolean()).isTrue();
        assertThat(jsonLighting.get("metadata").asBoolean()).isTrue();
        assertThat(jsonLighting.get("keywords").asString()).isEqualTo(text(lighting, "keywords"));
    }

    @Test
    void servicesSpeakEnglishWhenTheClientAsks() {
        Element services = Open311Http.xml(client.get("/open311/v2/services.xml", "Accept-Language", "en-GB,en;q=0.8"))
                .getDocumentElement();
        Element lighting = service(children(services, "service"), "street-lighting");
        assertThat(text(lighting, "service_name")).isEqualTo("Street lighting");
        assertThat(text(lighting, "group")).isEqualTo("On-site problems");
    }

    @Test
    void serviceDefinitionListsTheAttributesWithTheirValues() {
        Element definition = Open311Http.xml(
                        client.get("/open311/v2/services/street-lighting.xml?jurisdiction_id=hanoi.civic.vn"))
                .getDocumentElement();
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(text(definition, "service_code")).isEqualTo("street-lighting");
        List<Element> attributes = children(children(definition, "attributes").getFirst(), "attribute");
        assertThat(attributes).extracting(a -> text(a, "code")).containsExactly("pole-number", "lighting-fault");
        Element pole = attributes.getFirst();
        assertThat(childNames(pole))
                .containsExactly(
                        "variable", "code", "datatype", "required", "datatype_description", "order", "description");
        assertThat(text(pole, "variable")).isEqualTo("true");
        assertThat(text(pole, "datatype")).isEqualTo("string");
        assertThat(text(pole, "required")).isEqualTo("false");
        assertThat(text(pole, "order")).isEqualTo("1");
        Element fault = attributes.get(1);
        assertThat(text(fault, "datatype")).isEqualTo("singlevaluelist");
        List<Element> values = children(children(fault, "values").getFirst(), "value");
        assertThat(values)
                .extracting(v -> text(v, "key"))
                .containsExactly("off", "flickering", "on-by-day", "pole-damaged");
        assertThat(text(values.getFirst(), "name")).isEqualTo("Đèn không sáng");

        JsonNode json = Open311Http.json(client.get("/open311/v2/services/street-lighting.json"));
        assertThat(json.get("service_code").asString()).isEqualTo("street-lighting");
        JsonNode jsonFault = json.get("attributes").get(1);
        assertThat(jsonFault.get("order").isInt()).isTrue();
        assertThat(jsonFault.get("required").isBoolean()).isTrue();
        assertThat(jsonFault.get("values").get(1).get("key").asString()).isEqualTo("flickering");
        assertThat(json.get("attributes").get(0).has("values")).isFalse();
    }

    @Test
    void anUnknownServiceIs404InTheAskedFormat() {
        HttpResponse<String> xml = client.get("/open311/v2/services/no-such-service.xml");
        assertThat(xml.statusCode()).isEqualTo(404);
        assertThat(Open311Http.xmlErrors(xml))
                .containsExactly("404: Không có loại phản ánh (service_code) \"no-such-service\".");

        HttpResponse<String> json = client.get("/open311/v2/services/no-such-service.json", "Accept-Language", "en");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(Open311Http.jsonErrors(json)).containsExactly("404: There is no service_code \"no-such-service\".");
    }

    @Test
    void theConfiguredJurisdictionOrNoneIsServedAndAnyOtherIs404() {
        assertThat(client.get("/open311/v2/services.xml?jurisdiction_id=hanoi.civic.vn")
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/open311/v2/services.xml?jurisdiction_id=").statusCode())
                .isEqualTo(200);
        HttpResponse<String> other = client.get("/open311/v2/services.json?jurisdiction_id=sfgov.org");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(Open311Http.jsonErrors(other))
                .singleElement()
                .asString()
                .startsWith("404: ")
                .contains("sfgov.org");
    }

    @Test
    void whatIsNotServedIs404AndAWrongMethodIs400() {
        HttpResponse<String> unknown = client.get("/open311/v2/nothing.xml");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Open311Http.xmlErrors(unknown)).singleElement().asString().startsWith("404: ");
        HttpResponse<String> html = client.get("/open311/v2/services.html");
        assertThat(html.statusCode()).isEqualTo(404);
        Open311Http.xml(html);
        HttpResponse<String> delete =
                client.send(HttpRequest.newBuilder(URI.create(client.base() + "/open311/v2/services.json"))
                        .DELETE());
        assertThat(delete.statusCode()).isEqualTo(400);
        assertThat(Open311Http.jsonErrors(delete))
                .singleElement()
                .asString()
                .startsWith("400: ")
                .contains("DELETE");
    }

    @Test
    void readsAreOpenToOtherSitesButSetNoCookie() {
        HttpResponse<String> response = client.get("/open311/v2/services.json", "Origin", "https://app.example.org");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    static Element service(List<Element> services, String code) {
        return services.stream()
                .filter(s -> text(s, "service_code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service " + code));
    }
}
