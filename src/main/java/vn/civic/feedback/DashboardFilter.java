package vn.civic.feedback;

import java.time.Instant;

/**
 * What the leader dashboard counts: reports submitted in {@code [from, to)}, within the caller's agency scope (their
 * agency and the agencies below it), optionally narrowed to one agency of that scope and one category.
 */
public record DashboardFilter(Instant from, Instant to, Long agencyId, String categoryCode) {}
