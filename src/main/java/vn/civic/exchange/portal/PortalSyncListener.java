package vn.civic.exchange.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.dossier.DossierApologyApproved;
import vn.civic.dossier.DossierStatusChanged;
import vn.civic.dossier.DossierSubmitted;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxMessage;

/**
 * Puts a synchronisation message in the outbox for each dossier event: the filing, each status change or progress
 * step, an approved apology (the appointment moved). The message names the dossier only; what is sent is the dossier
 * as it is when the message is delivered ({@link PortalSyncHandler}), so messages delivered late or out of order never
 * send the portal an older state over a newer one. Without a portal address the listener does not exist, so dossier
 * events record no publication for it.
 */
@Component
@ConditionalOnExpression("!'${civic.exchange.portal.url:}'.isBlank()")
class PortalSyncListener {

    record Sync(long dossierId, String code, String event) {}

    private final Outbox outbox;
    private final JsonMapper json;

    PortalSyncListener(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted event) {
        enqueue(event.dossierId(), event.code(), "submitted:" + event.submittedAt());
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        enqueue(event.dossierId(), event.code(), "status:" + event.from() + ">" + event.to() + ":" + event.at());
    }

    @ApplicationModuleListener
    void on(DossierApologyApproved event) {
        enqueue(event.dossierId(), event.code(), "apology:" + event.apologyId());
    }

    private void enqueue(long dossierId, String code, String event) {
        outbox.enqueue(new OutboxMessage(
                PortalSyncHandler.CHANNEL,
                "portal:" + dossierId + ":" + event,
                code,
                json.writeValueAsString(new Sync(dossierId, code, event))));
    }
}
