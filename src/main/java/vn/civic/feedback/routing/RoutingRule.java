package vn.civic.feedback.routing;

import java.time.Instant;

/**
 * A routing rule (table {@code feedback_routing_rule}).
 *
 * @param categoryCode the category it applies to, or null for any
 * @param adminUnitId the unit it applies to (and the units under it), or null for any
 * @param agencyId the fixed agency for {@link RoutingTarget#AGENCY}, else null
 * @param priority lower numbers are tried first
 */
public record RoutingRule(
        long id,
        String categoryCode,
        Long adminUnitId,
        String adminUnitName,
        RoutingTarget target,
        Long agencyId,
        String agencyName,
        int priority,
        String note,
        Instant createdAt) {

    /** How specific the rule is, to order rules of equal priority: category and unit first. */
    int specificity() {
        return (categoryCode != null ? 2 : 0) + (adminUnitId != null ? 1 : 0);
    }
}
