package vn.civic.feedback.routing;

/**
 * Where a report goes.
 *
 * @param ruleId the rule that decided, or null when no rule did (the report stays at the desk)
 * @param atDesk true when the report waits at the routing desk for a person to route it
 */
public record RoutingDecision(long agencyId, String agencyName, Long ruleId, boolean atDesk) {}
