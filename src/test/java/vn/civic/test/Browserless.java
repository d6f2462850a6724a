package vn.civic.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A user agent for page tests without a browser: keeps cookies like a browser, does not follow redirects (so tests
 * can assert them), and fills forms with the CSRF token the page rendered.
 */
public final class Browserless {

    private final String base;
    private final HttpClient client;

    public Browserless(int port) {
        this.base = "http://localhost:" + port;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET());
    }

    /** GET, following redirects within the site, and parse the final page. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        int hops = 0;
        while (response.statusCode() / 100 == 3 && hops++ < 5) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    /** Submits the form found by the CSS selector on the page at {@code pagePath}, with the given fields. */
    public HttpResponse<String> submit(String pagePath, String formSelector, Map<String, String> fields) {
        Document page = page(pagePath);
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("No form " + formSelector + " on " + pagePath);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        values.putAll(fields);
        String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
        return postForm(action, values);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
