package vn.civic.exchange.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.dossier.DossierRecords;
import vn.civic.dossier.DossierView;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;
import vn.civic.platform.outbox.UndeliverableException;

/**
 * Sends a dossier to the national portal: its present state in the portal's shape, POSTed as JSON. A 2xx answer
 * marks the message sent; any other answer, a timeout or a refused connection is an error the outbox retries with
 * back-off. Every attempt is written to the synchronisation log. The portal keys dossiers by MaHoSo, so a repeat
 * (after a node died between the answer and the mark) updates the same dossier with the same content.
 */
@Component
class PortalSyncHandler implements OutboxHandler {

    static final String CHANNEL = "exchange.portal";
    private static final int ERROR_LIMIT = 1000;

    private final PortalProperties properties;
    private final DossierRecords dossiers;
    private final PortalDossiers shapes;
    private final PortalSyncLog log;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    PortalSyncHandler(
            PortalProperties properties,
            DossierRecords dossiers,
            PortalDossiers shapes,
            PortalSyncLog log,
            JsonMapper json,
            Clock clock) {
        this.properties = properties;
        this.dossiers = dossiers;
        this.shapes = shapes;
        this.log = log;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        if (!properties.enabled()) {
            throw new IllegalStateException("The portal synchronisation is off (civic.exchange.portal.url)");
        }
        PortalSyncListener.Sync sync = json.readValue(delivery.payload(), PortalSyncListener.Sync.class);
        Optional<DossierView> found = dossiers.find(sync.dossierId());
        if (found.isEmpty()) {
            throw new UndeliverableException("No dossier " + sync.dossierId());
        }
        DossierView dossier = found.get();
        String body = json.writeValueAsString(shapes.shape(dossier));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(properties.url().strip()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", delivery.key())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (properties.token() != null && !properties.token().isBlank()) {
            request.header("Authorization", "Bearer " + properties.token().strip());
        }
        var entry = new PortalSyncLog.Attempt(
                delivery.id(),
                delivery.attempt(),
                dossier.id(),
                dossier.code(),
                dossier.status().code(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.record(entry, null, describe(e));
            throw e;
        }
        if (response.statusCode() / 100 != 2) {
            String error = "HTTP " + response.statusCode() + ": " + response.body();
            log.record(entry, response.statusCode(), limit(error));
            throw new IOException(limit(error));
        }
        log.record(entry, response.statusCode(), null);
    }

    private static String describe(Exception e) {
        return limit(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static String limit(String text) {
        return text.length() > ERROR_LIMIT ? text.substring(0, ERROR_LIMIT) : text;
    }
}
