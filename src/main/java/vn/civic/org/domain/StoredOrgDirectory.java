package vn.civic.org.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.PositionView;
import vn.civic.org.geo.UnitLocations;

/** The organisation as stored in the org module's tables, read each time; {@link CachedOrgDirectory} fronts it. */
@Service
@Transactional(readOnly = true)
class StoredOrgDirectory implements OrgDirectory {

    /** Deeper than any real hierarchy; stops a cycle that a bad edit could have made. */
    static final int MAX_DEPTH = 16;

    private final Agencies agencies;
    private final Departments departments;
    private final Positions positions;
    private final AdministrativeUnits units;
    private final UnitLocations locations;
    private final JdbcTemplate jdbc;

    StoredOrgDirectory(
            Agencies agencies,
            Departments departments,
            Positions positions,
            AdministrativeUnits units,
            UnitLocations locations,
            JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.departments = departments;
        this.positions = positions;
        this.units = units;
        this.locations = locations;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AgencyView> findAgency(long agencyId) {
        return agencies.findById(agencyId).map(Agency::view);
    }

    @Override
    public Optional<AgencyView> findAgencyByCode(String organisationCode) {
        return organisationCode == null
                ? Optional.empty()
                : agencies.findByCode(organisationCode.strip()).map(Agency::view);
    }

    @Override
    public List<AgencyView> activeAgencies() {
        return agencies.findByActiveTrueOrderByName().stream().map(Agency::view).toList();
    }

    @Override
    public Set<Long> agencyScope(long agencyId) {
        List<Long> ids = jdbc.queryForList(
                "with recursive scope (id, depth) as ("
                        + " select id, 1 from agency where id = ?"
                        + " union all"
                        + " select a.id, s.depth + 1 from agency a join scope s on a.parent_id = s.id"
                        + " where s.depth < ?)"
                        + " select distinct id from scope",
                Long.class,
                agencyId,
                MAX_DEPTH);
        return Collections.unmodifiableSet(new HashSet<>(ids));
    }

    @Override
    public Optional<AgencyView> findServingAgency(AgencyKind kind, long administrativeUnitId) {
        List<AdministrativeUnitView> path = unitPath(administrativeUnitId);
        for (AdministrativeUnitView unit : path.reversed()) {
            Optional<AgencyView> found = agencies.findFirstByKindAndAdministrativeUnitIdAndActiveTrueOrderById(
                            kind, unit.id())
                    .map(Agency::view);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<DepartmentView> findDepartment(long departmentId) {
        return departments.findById(departmentId).map(Department::view);
    }

    @Override
    public List<DepartmentView> departmentsOf(long agencyId) {
        return departments.findByAgencyIdAndActiveTrueOrderByName(agencyId).stream()
                .map(Department::view)
                .toList();
    }

    @Override
    public Optional<PositionView> findPosition(long positionId) {
        return positions.findById(positionId).map(Position::view);
    }

    @Override
    public List<PositionView> positions() {
        return positions.findByActiveTrueOrderBySortOrder().stream()
                .map(Position::view)
                .toList();
    }

    @Override
    public Optional<AdministrativeUnitView> findUnit(long unitId) {
        return units.findById(unitId).map(AdministrativeUnit::view);
    }

    @Override
    public List<AdministrativeUnitView> currentUnitsUnder(Long parentId) {
        List<AdministrativeUnit> found =
                parentId == null ? units.findCurrentTopUnits() : units.findCurrentUnder(parentId);
        return found.stream().map(AdministrativeUnit::view).toList();
    }

    @Override
    public List<AdministrativeUnitView> unitPath(long unitId) {
        List<AdministrativeUnitView> path = new ArrayList<>();
        Long next = unitId;
        while (next != null && path.size() < MAX_DEPTH) {
            AdministrativeUnitView unit =
                    units.findById(next).map(AdministrativeUnit::view).orElse(null);
            if (unit == null) {
                break;
            }
            path.addFirst(unit);
            next = unit.parentId();
        }
        return List.copyOf(path);
    }

    @Override
    public Optional<AdministrativeUnitView> unitContaining(double latitude, double longitude) {
        return locations.containing(latitude, longitude).flatMap(this::findUnit);
    }

    @Override
    public Optional<double[]> centre(long unitId) {
        return locations.centre(unitId);
    }

    @Override
    public List<AdministrativeUnitView> searchUnits(String text, int limit) {
        return unitSearch().find(text, limit);
    }

    /** Every current unit, ready to be searched by name. */
    public UnitSearch unitSearch() {
        return new UnitSearch(units.findCurrentByLevel().stream()
                .map(AdministrativeUnit::view)
                .toList());
    }
}
