package vn.civic.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests' national public-service portal: a real HTTP server (the JDK's) in this JVM, started once for the whole
 * run, that records every synchronisation POSTed to it and answers 200, or the codes a test queued for a dossier.
 */
public final class PortalServer {

    public static final String TOKEN = "test-portal-token";
    private static final Pattern CODE = Pattern.compile("\"MaHoSo\"\\s*:\\s*\"([^\"]+)\"");

    private static HttpServer server;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Queue<Integer>> ANSWERS = new ConcurrentHashMap<>();

    /** A request as the portal received it, with the code it answered. */
    public record Received(String dossierCode, String body, String authorization, String idempotencyKey, int answer) {}

    private PortalServer() {}

    public static synchronized int port() {
        if (server == null) {
            try {
                HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                started.createContext("/portal/dossiers", PortalServer::handle);
                started.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> started.stop(0), "portal-server-stop"));
                server = started;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return server.getAddress().getPort();
    }

    /** The next answers for the dossier, in order (then 200 again). */
    public static void answer(String dossierCode, Integer... codes) {
        ANSWERS.computeIfAbsent(dossierCode, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(codes));
    }

    /** What the portal received for the dossier so far. */
    public static List<Received> received(String dossierCode) {
        return RECEIVED.stream()
                .filter(r -> r.dossierCode().equals(dossierCode))
                .toList();
    }

    /** Waits until the portal received {@code count} requests for the dossier that matched, and returns them all. */
    public static List<Received> await(String dossierCode, java.util.function.Predicate<List<Received>> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Received> received = received(dossierCode);
        while (!done.test(received) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = received(dossierCode);
        }
        return received;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher code = CODE.matcher(body);
        String dossierCode = code.find() ? code.group(1) : "";
        Queue<Integer> queued = ANSWERS.get(dossierCode);
        Integer next = queued == null ? null : queued.poll();
        int answer = next == null ? 200 : next;
        RECEIVED.add(new Received(
                dossierCode,
                body,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                answer));
        byte[] reply = (answer / 100 == 2 ? "{\"error_code\":0}" : "{\"error_code\":-1,\"message\":\"test failure\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    /** Points the portal synchronisation at this server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "civic.exchange.portal.url=http://127.0.0.1:" + port() + "/portal/dossiers",
                            "civic.exchange.portal.token=" + TOKEN,
                            "civic.exchange.portal.timeout=3s")
                    .applyTo(context.getEnvironment());
        }
    }
}
