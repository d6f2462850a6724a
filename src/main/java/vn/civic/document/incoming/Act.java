package vn.civic.document.incoming;

import java.time.Instant;

/**
 * Who acts and when, as the timeline records it.
 *
 * @param accountId the acting person's account, null for the exchange
 */
public record Act(String actorId, String actorName, Long accountId, Instant at) {}
