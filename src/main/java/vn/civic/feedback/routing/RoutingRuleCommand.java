package vn.civic.feedback.routing;

/**
 * A new routing rule as the form gives it.
 *
 * @param categoryCode null or blank for any category
 * @param adminUnitId null for any unit
 * @param target required
 * @param agencyId required for {@link RoutingTarget#AGENCY}, refused for {@link RoutingTarget#WARD_OF_POINT}
 * @param priority 1 to 1000; lower is tried first
 */
public record RoutingRuleCommand(
        String categoryCode, Long adminUnitId, RoutingTarget target, Long agencyId, Integer priority, String note) {}
