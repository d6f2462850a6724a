package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.OrgProperties;
import vn.civic.org.PositionView;
import vn.civic.org.geo.UnitLocations;
import vn.civic.platform.cache.ReferenceCache;
import vn.civic.platform.cache.ReferenceCaches;

/**
 * The organisation directory every module reads, kept in memory: agencies, departments, positions and administrative
 * units change a few times a year but are read on almost every page and in every dossier action. Answers are the
 * stored directory's ({@link StoredOrgDirectory}), kept for {@code civic.org.directory-cache-ttl}; any change to an
 * org entity on this node ({@code ReferenceDataChanges}) empties the cache, again when its transaction ends, so this node sees its
 * own edits at once and other nodes after at most the time to live (docs/decisions/0017).
 */
@Service
@Primary
class CachedOrgDirectory implements OrgDirectory {

    private record Key(String method, Object argument) {}

    private static final Object NONE = new Object();

    private final StoredOrgDirectory stored;
    private final UnitLocations locations;
    private final ReferenceCache<Key, Object> cache;

    CachedOrgDirectory(
            StoredOrgDirectory stored, UnitLocations locations, OrgProperties properties, ReferenceCaches caches) {
        this.stored = stored;
        this.locations = locations;
        this.cache = caches.create(properties.directoryCacheTtl(), 100_000);
    }

    @Override
    public Optional<AgencyView> findAgency(long agencyId) {
        return cached("findAgency", agencyId, () -> stored.findAgency(agencyId));
    }

    @Override
    public Optional<AgencyView> findAgencyByCode(String organisationCode) {
        return organisationCode == null
                ? Optional.empty()
                : cached("findAgencyByCode", organisationCode, () -> stored.findAgencyByCode(organisationCode));
    }

    @Override
    public List<AgencyView> activeAgencies() {
        return cached("activeAgencies", NONE, stored::activeAgencies);
    }

    @Override
    public Set<Long> agencyScope(long agencyId) {
        return cached("agencyScope", agencyId, () -> stored.agencyScope(agencyId));
    }

    @Override
    public Optional<AgencyView> findServingAgency(AgencyKind kind, long administrativeUnitId) {
        return cached(
                "findServingAgency",
                List.of(kind, administrativeUnitId),
                () -> stored.findServingAgency(kind, administrativeUnitId));
    }

    @Override
    public Optional<DepartmentView> findDepartment(long departmentId) {
        return cached("findDepartment", departmentId, () -> stored.findDepartment(departmentId));
    }

    @Override
    public List<DepartmentView> departmentsOf(long agencyId) {
        return cached("departmentsOf", agencyId, () -> stored.departmentsOf(agencyId));
    }

    @Override
    public Optional<PositionView> findPosition(long positionId) {
        return cached("findPosition", positionId, () -> stored.findPosition(positionId));
    }

    @Override
    public List<PositionView> positions() {
        return cached("positions", NONE, stored::positions);
    }

    @Override
    public Optional<AdministrativeUnitView> findUnit(long unitId) {
        return cached("findUnit", unitId, () -> stored.findUnit(unitId));
    }

    @Override
    public List<AdministrativeUnitView> currentUnitsUnder(Long parentId) {
        return cached(
                "currentUnitsUnder", parentId == null ? NONE : parentId, () -> stored.currentUnitsUnder(parentId));
    }

    @Override
    public List<AdministrativeUnitView> unitPath(long unitId) {
        return cached("unitPath", unitId, () -> stored.unitPath(unitId));
    }

    /** The boxes are read from the database each time; the prepared polygons are kept by {@link UnitLocations}. */
    @Override
    public Optional<AdministrativeUnitView> unitContaining(double latitude, double longitude) {
        return locations.containing(latitude, longitude).flatMap(this::findUnit);
    }

    @Override
    public Optional<double[]> centre(long unitId) {
        Optional<double[]> centre = cached("centre", unitId, () -> stored.centre(unitId));
        return centre.map(double[]::clone);
    }

    @Override
    public List<AdministrativeUnitView> searchUnits(String text, int limit) {
        UnitSearch search = cached("unitSearch", NONE, stored::unitSearch);
        return search.find(text, limit);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String method, Object argument, Supplier<T> load) {
        return (T) cache.get(new Key(method, argument), key -> load.get());
    }
}
