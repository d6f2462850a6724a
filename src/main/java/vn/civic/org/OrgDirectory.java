package vn.civic.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may read of the organisation: agencies, their departments and the positions. Implemented
 * inside the org module; other modules never read its tables.
 */
public interface OrgDirectory {

    Optional<AgencyView> findAgency(long agencyId);

    /** By organisation code, e.g. {@code 000.00.00.H26}. */
    Optional<AgencyView> findAgencyByCode(String organisationCode);

    /** Active agencies, ordered by name, for pickers. */
    List<AgencyView> activeAgencies();

    /** The agency and every agency below it: the data scope of an administrator of that agency. */
    Set<Long> agencyScope(long agencyId);

    Optional<DepartmentView> findDepartment(long departmentId);

    List<DepartmentView> departmentsOf(long agencyId);

    Optional<PositionView> findPosition(long positionId);

    /** Active positions, ordered for pickers. */
    List<PositionView> positions();
}
