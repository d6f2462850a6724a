package vn.civic.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may read of the organisation: administrative units, agencies, their departments and the
 * positions. Implemented inside the org module; other modules never read its tables.
 */
public interface OrgDirectory {

    Optional<AgencyView> findAgency(long agencyId);

    /** By organisation code, e.g. {@code 000.00.00.H26}. */
    Optional<AgencyView> findAgencyByCode(String organisationCode);

    /** Active agencies, ordered by name, for pickers. */
    List<AgencyView> activeAgencies();

    /** The agency and every agency below it: the data scope of an administrator of that agency. */
    Set<Long> agencyScope(long agencyId);

    /**
     * The active agency of a kind that serves an administrative unit: the one sitting in the unit itself, else the
     * nearest one up the unit tree (a ward's police, else the city's; the city's social-insurance office for a ward).
     * How linked one-stop procedures find the next agency of a dossier.
     */
    Optional<AgencyView> findServingAgency(AgencyKind kind, long administrativeUnitId);

    Optional<DepartmentView> findDepartment(long departmentId);

    /** Active departments of an agency, ordered by name. */
    List<DepartmentView> departmentsOf(long agencyId);

    Optional<PositionView> findPosition(long positionId);

    /** Active positions, highest first, for pickers. */
    List<PositionView> positions();

    Optional<AdministrativeUnitView> findUnit(long unitId);

    /** The current units directly under a unit (the provinces when {@code parentId} is null), ordered by name. */
    List<AdministrativeUnitView> currentUnitsUnder(Long parentId);

    /** The unit and the units above it, from the top down: "Thành phố Hà Nội › Phường Hoàn Kiếm". */
    List<AdministrativeUnitView> unitPath(long unitId);

    /**
     * The lowest-level current unit whose boundary covers a point (WGS84 degrees): the ward or commune of a map pin, or
     * the city where no ward's boundary is known there. A point on a border counts as inside; on a border between two
     * units of one level, the one with the smaller code answers. Empty outside every boundary, for a position that is
     * not a WGS84 one, and for units without a boundary (docs/decisions/0032-unit-boundaries.md).
     */
    Optional<AdministrativeUnitView> unitContaining(double latitude, double longitude);

    /**
     * A point inside the unit's boundary, {@code {latitude, longitude}}: where to centre a map of the unit or place a
     * report given only its unit. Empty when the unit has no boundary.
     */
    Optional<double[]> centre(long unitId);

    /**
     * Current units for an address field, found by what a person types with diacritics and case ignored ("hoan kiem"
     * and "hoan ki" find "Phường Hoàn Kiếm"), or by their code: exact codes first, then names holding the typed words
     * in a row, then the rest, each by name; at most {@code limit} (capped at 50).
     */
    List<AdministrativeUnitView> searchUnits(String text, int limit);
}
