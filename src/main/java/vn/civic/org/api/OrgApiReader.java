package vn.civic.org.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.domain.AdministrativeUnit;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.org.domain.Agencies;
import vn.civic.org.domain.Agency;
import vn.civic.org.domain.Department;
import vn.civic.org.domain.Departments;
import vn.civic.platform.error.NotFoundException;

/**
 * The organisation directory as the API reads it: the whole city, every agency with its codes and contacts, units
 * current and former. Other agencies' systems resolve codes through it, so references are codes, never ids.
 */
@Service
@Transactional(readOnly = true)
class OrgApiReader {

    private final Agencies agencies;
    private final Departments departments;
    private final AdministrativeUnits units;
    private final OrgDirectory directory;

    OrgApiReader(Agencies agencies, Departments departments, AdministrativeUnits units, OrgDirectory directory) {
        this.agencies = agencies;
        this.departments = departments;
        this.units = units;
        this.directory = directory;
    }

    PageJson<AgencyJson> agencies(String text, Boolean active, int page, int size) {
        Page<Agency> found = agencies.search(null, text, active, PageRequest.of(page, size, Sort.by("name", "code")));
        return PageJson.of(found, agencyJson(found.getContent()));
    }

    AgencyJson agency(String code) {
        return agencyJson(List.of(findAgency(code))).getFirst();
    }

    /** @param active only active (true) or inactive (false) departments; null for both */
    List<DepartmentJson> departments(String agencyCode, Boolean active) {
        return departments.findByAgencyIdOrderByName(findAgency(agencyCode).id()).stream()
                .map(Department::view)
                .filter(d -> active == null || d.active() == active)
                .map(d -> new DepartmentJson(d.code(), d.name(), d.active()))
                .toList();
    }

    /** The current units under the unit with {@code parentCode}, or the current top units when it is null. */
    List<UnitJson> currentUnits(String parentCode) {
        return unitJson(
                parentCode == null
                        ? units.findCurrentTopUnits()
                        : units.findCurrentUnder(findUnit(parentCode).id()));
    }

    UnitJson unit(String code) {
        return unitJson(List.of(findUnit(code))).getFirst();
    }

    /** The lowest current unit whose boundary covers the point, with the units above it; 404 when none does. */
    UnitLocationJson unitAt(double latitude, double longitude) {
        AdministrativeUnitView found = directory
                .unitContaining(latitude, longitude)
                .orElseThrow(() -> NotFoundException.of("AdministrativeUnit", latitude + "," + longitude));
        List<Long> path = directory.unitPath(found.id()).stream()
                .map(AdministrativeUnitView::id)
                .toList();
        Map<Long, AdministrativeUnit> byId =
                units.findAllById(path).stream().collect(Collectors.toMap(AdministrativeUnit::id, u -> u));
        List<UnitJson> json =
                unitJson(path.stream().map(byId::get).filter(Objects::nonNull).toList());
        return new UnitLocationJson(latitude, longitude, json.getLast(), json.subList(0, json.size() - 1));
    }

    private Agency findAgency(String code) {
        return agencies.findByCode(code).orElseThrow(() -> NotFoundException.of("Agency", code));
    }

    private AdministrativeUnit findUnit(String code) {
        return units.findByCode(code).orElseThrow(() -> NotFoundException.of("AdministrativeUnit", code));
    }

    /** The agencies with their parents' and units' codes, read in one query each. */
    private List<AgencyJson> agencyJson(List<Agency> found) {
        Map<Long, String> parentCodes = agencies.findAllById(ids(found.stream().map(Agency::parentId))).stream()
                .collect(Collectors.toMap(Agency::id, Agency::code));
        Map<Long, String> unitCodes = unitCodes(found.stream().map(Agency::administrativeUnitId));
        return found.stream()
                .map(a -> {
                    var view = a.view();
                    return new AgencyJson(
                            view.code(),
                            view.name(),
                            view.nameEn(),
                            view.abbreviation(),
                            view.kind(),
                            parentCodes.get(view.parentId()),
                            unitCodes.get(view.administrativeUnitId()),
                            a.address(),
                            a.email(),
                            a.phone(),
                            view.active());
                })
                .toList();
    }

    /** The units with their parents' and successors' codes, read in one query. */
    private List<UnitJson> unitJson(List<AdministrativeUnit> found) {
        Map<Long, String> codes = unitCodes(
                found.stream().map(AdministrativeUnit::view).flatMap(u -> Stream.of(u.parentId(), u.successorId())));
        return found.stream()
                .map(AdministrativeUnit::view)
                .map(u -> new UnitJson(
                        u.code(),
                        u.name(),
                        u.levelCode(),
                        codes.get(u.parentId()),
                        u.validFrom(),
                        u.validTo(),
                        codes.get(u.successorId()),
                        u.current()))
                .toList();
    }

    private Map<Long, String> unitCodes(Stream<Long> ids) {
        return units.findAllById(ids(ids)).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::code));
    }

    private static Collection<Long> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).distinct().toList();
    }
}
