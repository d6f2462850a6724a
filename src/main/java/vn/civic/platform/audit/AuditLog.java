package vn.civic.platform.audit;

/**
 * The append-only, hash-chained audit log. Every state change and security event is recorded here, with the actor
 * taken from the security context unless the record names one.
 *
 * <p>Inside a transaction the entry joins it: it is chained and written just before commit, and disappears with a
 * rollback, so the log never claims a change that did not happen. Outside a transaction it is written at once.
 */
public interface AuditLog {

    void record(AuditRecord record);
}
