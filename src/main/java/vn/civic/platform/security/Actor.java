package vn.civic.platform.security;

/**
 * Who is acting: a signed-in person or another agency's system. The identity module's principals implement this so
 * that the kernel (audit, scoping) can name the actor without depending on identity.
 */
public interface Actor {

    /** Stable identifier of the account or API client, e.g. {@code account:42} or {@code client:lgsp-hanoi}. */
    String actorId();

    /** Name shown in logs and audit views. */
    String displayName();

    /** The agency the actor works for, or {@code null} for citizens and businesses. */
    Long agencyId();

    /** The organisation code of that agency, or {@code null}. */
    String agencyCode();

    /** The prefix of a signed-in person's actor id: {@code account:42}. */
    String ACCOUNT_PREFIX = "account:";

    /** The account id in an actor id ({@code account:42} gives 42); empty for machine clients and other actors. */
    static java.util.Optional<Long> accountId(String actorId) {
        return actorId != null && actorId.startsWith(ACCOUNT_PREFIX)
                ? java.util.Optional.of(Long.parseLong(actorId.substring(ACCOUNT_PREFIX.length())))
                : java.util.Optional.empty();
    }
}
