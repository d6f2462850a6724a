package vn.civic.org;

/**
 * An agency as its administrators see it: what other modules see, its contacts and its version.
 *
 * @param version for optimistic locking: an edit names the version it started from
 */
public record AgencyDetails(AgencyView agency, String address, String email, String phone, long version) {

    public long id() {
        return agency.id();
    }

    /** How the audit log describes the agency. */
    public String summary() {
        return AuditSummary.of(
                agency.code() + " \"" + agency.name() + "\" " + agency.kind() + (agency.active() ? "" : " inactive"),
                "nameEn",
                agency.nameEn(),
                "abbreviation",
                agency.abbreviation(),
                "parent",
                agency.parentId(),
                "unit",
                agency.administrativeUnitId(),
                "address",
                address,
                "email",
                email,
                "phone",
                phone);
    }
}
