package vn.civic.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** The security headers of every response, and templates that the Content-Security-Policy lets work. */
@CivicTest
class SecurityHeadersTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/password/forgot", "/assets/css/civic.css", "/khong-co-trang-nay"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = new Browserless(port).get(path);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self';")
                        .contains("style-src 'self';")
                        .contains("object-src 'none'")
                        .contains("frame-ancestors 'none'")
                        .contains("form-action 'self'")
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void strictTransportSecurityIsSentOnlyBehindHttps() {
        Browserless browser = new Browserless(port);
        assertThat(browser.get("/").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        HttpResponse<String> proxied = browser.send(HttpRequest.newBuilder(browser.uri("/"))
                .header("X-Forwarded-Proto", "https")
                .GET());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void pagesOfSignedInPeopleAreNotCached() {
        HttpResponse<String> response = new Browserless(port).get("/login");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    /**
     * The policy allows no inline script, style or event handler, so no template may have one: it would silently
     * stop working in the browser.
     */
    @Test
    void templatesHaveNoInlineScriptStyleOrEventHandler() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            Document doc = Jsoup.parse(Files.readString(template));
            for (Element element : doc.getAllElements()) {
                if (element.tagName().equals("script") && !element.hasAttr("src") && !element.hasAttr("th:src")) {
                    problems.add(template + ": inline <script>");
                }
                if (element.tagName().equals("style")) {
                    problems.add(template + ": <style> element");
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().replaceFirst("^th:", "");
                    if (name.equals("style") || name.startsWith("on") || name.startsWith("hx-on")) {
                        problems.add(
                                template + ": attribute " + attribute.getKey() + " on <" + element.tagName() + ">");
                    }
                    if (attribute.getValue().strip().startsWith("javascript:")) {
                        problems.add(template + ": javascript: address on <" + element.tagName() + ">");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
