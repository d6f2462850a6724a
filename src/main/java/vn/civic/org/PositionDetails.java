package vn.civic.org;

/**
 * A position as its administrators see it: what pickers show, its order and whether it is still offered.
 *
 * @param version for optimistic locking: an edit names the version it started from
 */
public record PositionDetails(PositionView position, int sortOrder, boolean active, long version) {

    public long id() {
        return position.id();
    }

    /** How the audit log describes the position. */
    public String summary() {
        return AuditSummary.of(
                position.code() + " \"" + position.nameVi() + "\" / \"" + position.nameEn() + "\""
                        + (active ? "" : " inactive"),
                "order",
                sortOrder,
                "leader",
                position.leader());
    }
}
