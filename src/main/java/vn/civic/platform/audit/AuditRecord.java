package vn.civic.platform.audit;

import java.util.Objects;

/**
 * One audited fact.
 *
 * @param action what happened, dotted and stable: {@code agency.created}, {@code account.locked}, {@code login.failed}
 * @param objectType the kind of object acted on ({@code Agency}, {@code Account}); may be null for sign-in events
 * @param objectId its identifier as text; may be null
 * @param before a short summary of the state before (null for a creation)
 * @param after a short summary of the state after (null for a deletion)
 * @param outcome success, failure or denied
 * @param actorOverride who acted, when it is not the signed-in user (a failed sign-in names the attempted login)
 */
public record AuditRecord(
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        Outcome outcome,
        ActorRef actorOverride) {

    public enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }

    /** An actor named explicitly: {@code id} like {@code account:42} or {@code login:nguyenvana}. */
    public record ActorRef(String id, String name, String agencyCode) {}

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        outcome = outcome == null ? Outcome.SUCCESS : outcome;
    }

    /** A successful change of an object by the signed-in actor. */
    public static AuditRecord change(String action, String objectType, Object objectId, String before, String after) {
        return new AuditRecord(
                action,
                objectType,
                objectId == null ? null : objectId.toString(),
                before,
                after,
                Outcome.SUCCESS,
                null);
    }

    public AuditRecord by(ActorRef actor) {
        return new AuditRecord(action, objectType, objectId, before, after, outcome, actor);
    }

    public AuditRecord withOutcome(Outcome value) {
        return new AuditRecord(action, objectType, objectId, before, after, value, actorOverride);
    }
}
