package vn.civic.feedback.routing;

/** Where a routing rule sends a report. */
public enum RoutingTarget {
    /** The People's Committee of the ward or commune containing the report's point (or the unit chosen). */
    WARD_OF_POINT,
    /** A fixed agency, e.g. a city department. */
    AGENCY
}
