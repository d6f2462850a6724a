package vn.civic.org;

/**
 * A department as its administrators see it.
 *
 * @param version for optimistic locking: an edit names the version it started from
 */
public record DepartmentDetails(DepartmentView department, long version) {

    public long id() {
        return department.id();
    }

    /** How the audit log describes the department. */
    public String summary() {
        return AuditSummary.of(
                department.code() + " \"" + department.name() + "\"" + (department.active() ? "" : " inactive"),
                "agency",
                department.agencyId());
    }
}
