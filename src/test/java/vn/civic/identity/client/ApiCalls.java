package vn.civic.identity.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A machine client's HTTP calls to the running application: token requests and API calls. */
public final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ApiCalls(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token request with the client secret in HTTP Basic, as RFC 6749 prefers. */
    public HttpResponse<String> token(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        String basic = Base64.getEncoder()
                .encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
        return post("/oauth2/token", form, "Basic " + basic);
    }

    /** The access token of a successful token request; fails the test otherwise. */
    public String accessToken(String clientId, String secret, String scope) {
        HttpResponse<String> response = token(clientId, secret, scope);
        if (response.statusCode() != 200) {
            throw new AssertionError("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asString();
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String authorization) {
        return postForm(URI.create(base + path), form, authorization);
    }

    /** A form POST to another server, e.g. the LGSP's token endpoint. */
    public HttpResponse<String> postTo(String url, Map<String, String> form) {
        return postForm(URI.create(url), form, null);
    }

    private HttpResponse<String> postForm(URI uri, Map<String, String> form, String authorization) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public HttpResponse<String> withBearer(String path, String token) {
        return get(path, "Authorization", "Bearer " + token);
    }

    public HttpResponse<String> withApiKey(String path, String key) {
        return get(path, "X-API-Key", key);
    }

    /** GET with the given header name/value pairs (which replace the default {@code Accept: application/json}). */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The claims of a JWT, read without verifying it (the tests verify through the API). */
    public static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
