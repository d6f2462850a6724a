package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.security.PublicEndpoints;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** Every REST endpoint under /api/ is in the public OpenAPI document, with the methods it serves. */
@CivicTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Autowired
    List<PublicEndpoints> publicEndpoints;

    @Test
    void openApiDocumentIsPublicAndDescribesEveryApiEndpoint() {
        HttpResponse<String> response = new Browserless(port).getJson("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Civic API");
        JsonNode paths = doc.path("paths");

        List<String> undocumented = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                JsonNode operations = paths.path(path);
                var verbs = info.getMethodsCondition().getMethods();
                if (operations.isMissingNode()) {
                    undocumented.add(path + " (" + method.getShortLogMessage() + ")");
                }
                verbs.forEach(verb -> {
                    if (!operations.isMissingNode()
                            && !operations.has(verb.name().toLowerCase())) {
                        undocumented.add(verb + " " + path);
                    }
                });
            }
        });
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyApiOperationNamesTheMachineClientSchemesAndAnswersErrorsAsProblems() {
        JsonNode doc =
                json.readTree(new Browserless(port).getJson("/v3/api-docs").body());
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("apiKey").path("name").asString()).isEqualTo("X-API-Key");
        JsonNode scopes = schemes.path("clientCredentials")
                .path("flows")
                .path("clientCredentials")
                .path("scopes");
        assertThat(scopes.has("org.read")).isTrue();
        assertThat(scopes.has("metrics.read")).isTrue();
        assertThat(doc.path("components").path("schemas").has("ProblemDetail")).isTrue();

        List<String> problems = new ArrayList<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey() + " " + path.getKey();
                    JsonNode op = operation.getValue();
                    // a public path (PublicEndpoints) needs no client; every other operation names both schemes
                    int expected = isPublic(path.getKey()) ? 0 : 2;
                    if (op.path("security").size() != expected) {
                        problems.add(name + ": security " + op.path("security"));
                    }
                    op.path("responses").properties().forEach(response -> {
                        if (response.getKey().matches("[45]..")
                                && response.getValue()
                                        .path("content")
                                        .path("application/problem+json")
                                        .isMissingNode()) {
                            problems.add(name + ": " + response.getKey() + " without a problem body");
                        }
                    });
                }));
        assertThat(problems).isEmpty();
        assertThat(doc.path("paths")
                        .path("/api/org/agencies/{code}")
                        .path("get")
                        .path("responses")
                        .has("404"))
                .isTrue();
    }

    boolean isPublic(String path) {
        AntPathMatcher matcher = new AntPathMatcher();
        return publicEndpoints.stream()
                .flatMap(p -> p.patterns().stream())
                .anyMatch(pattern -> pattern.startsWith("/api/") && matcher.match(pattern, path));
    }

    @Test
    void publicApiPathsAreDocumentedWithoutAClient() {
        JsonNode doc =
                json.readTree(new Browserless(port).getJson("/v3/api-docs").body());
        JsonNode search = doc.path("paths").path("/api/procedures").path("get");
        assertThat(search.isMissingNode()).isFalse();
        assertThat(search.path("security").size()).isZero();
        assertThat(doc.path("paths")
                        .path("/api/org/agencies")
                        .path("get")
                        .path("security")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void apiDocumentationPageIsPublic() {
        var page = new Browserless(port).page("/swagger-ui.html");
        assertThat(page.select("#swagger-ui")).hasSize(1);
    }
}
