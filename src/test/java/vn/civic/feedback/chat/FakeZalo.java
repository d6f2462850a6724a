package vn.civic.feedback.chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Zalo's Official Account API and CDN played by a real HTTP server in the test's JVM: {@code POST
 * /v3.0/oa/message/cs} records each message and answers {@code {"error":0}} or what the test queued; {@code GET
 * /cdn/...} serves the image the test set.
 */
final class FakeZalo implements AutoCloseable {

    /** A message as Zalo received it. */
    record Received(String path, String accessToken, String contentType, String body) {}

    record Answer(int status, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<String> cdnRequests = new CopyOnWriteArrayList<>();
    private volatile byte[] image = new byte[0];
    private volatile String redirectTo;

    FakeZalo() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3.0/oa/message/cs", this::message);
        server.createContext("/cdn/", this::cdn);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    List<String> cdnRequests() {
        return cdnRequests;
    }

    void answerNext(int status, String body) {
        answers.add(new Answer(status, body));
    }

    void serveImage(byte[] content) {
        this.image = content;
        this.redirectTo = null;
    }

    void redirectImagesTo(String location) {
        this.redirectTo = location;
    }

    private void message(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("access_token"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body));
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(
                    200, "{\"data\":{\"message_id\":\"m1\",\"user_id\":\"u\"},\"error\":0,\"message\":\"Success\"}");
        }
        byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private void cdn(HttpExchange exchange) throws IOException {
        cdnRequests.add(exchange.getRequestURI().getPath());
        if (redirectTo != null) {
            exchange.getResponseHeaders().add("Location", redirectTo);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        if (exchange.getRequestURI().getPath().endsWith("/missing.jpg")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, image.length);
        exchange.getResponseBody().write(image);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
