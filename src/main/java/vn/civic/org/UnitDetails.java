package vn.civic.org;

/**
 * An administrative unit as its administrators see it.
 *
 * @param version for optimistic locking: an edit names the version it started from
 */
public record UnitDetails(AdministrativeUnitView unit, AdministrativeLevelView level, long version) {

    public long id() {
        return unit.id();
    }

    /** How the audit log describes the unit. */
    public String summary() {
        return AuditSummary.of(
                unit.code() + " \"" + unit.name() + "\" " + level.code(),
                "parent",
                unit.parentId(),
                "validFrom",
                unit.validFrom(),
                "validTo",
                unit.validTo(),
                "successor",
                unit.successorId());
    }
}
