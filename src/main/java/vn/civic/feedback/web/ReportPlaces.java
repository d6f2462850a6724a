package vn.civic.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.text.SearchText;

/**
 * The places a citizen can name on the report form: the lowest current administrative units (wards and communes),
 * grouped by province and searched without diacritics ("hoan kiem" finds "Phường Hoàn Kiếm"), and the unit a map
 * point lies in.
 */
@Component
class ReportPlaces {

    private final OrgDirectory org;

    ReportPlaces(OrgDirectory org) {
        this.org = org;
    }

    /** A ward or commune to choose. */
    record UnitOption(long id, String name) {}

    /** The wards and communes of one province. */
    record UnitGroup(String province, List<UnitOption> units) {}

    /** Where a point lies: its ward or commune and the path above it ("Phường Hoàn Kiếm, Thành phố Hà Nội"). */
    record Place(long unitId, String name, String path) {}

    /** The wards and communes whose name holds the words typed (all of them for an empty query). */
    List<UnitGroup> search(String query) {
        String folded = SearchText.fold(query);
        List<UnitGroup> groups = new ArrayList<>();
        for (AdministrativeUnitView province : org.currentUnitsUnder(null)) {
            List<UnitOption> units = new ArrayList<>();
            collectLowest(province.id(), units);
            if (!folded.isEmpty()) {
                units.removeIf(u -> !SearchText.fold(u.name()).contains(folded));
            }
            if (!units.isEmpty()) {
                groups.add(new UnitGroup(province.name(), units));
            }
        }
        return groups;
    }

    private void collectLowest(long unitId, List<UnitOption> into) {
        for (AdministrativeUnitView unit : org.currentUnitsUnder(unitId)) {
            List<AdministrativeUnitView> below = org.currentUnitsUnder(unit.id());
            if (below.isEmpty()) {
                into.add(new UnitOption(unit.id(), unit.name()));
            } else {
                collectLowest(unit.id(), into);
            }
        }
    }

    /** The unit containing the point (a ward or commune where boundaries are known), with the units above it. */
    Optional<Place> at(double latitude, double longitude) {
        return org.unitContaining(latitude, longitude).map(u -> new Place(u.id(), u.name(), path(u.id())));
    }

    /** A unit's name with the units above it, lowest first. */
    String path(long unitId) {
        List<AdministrativeUnitView> path = new ArrayList<>(org.unitPath(unitId));
        java.util.Collections.reverse(path);
        return path.stream().map(AdministrativeUnitView::name).collect(Collectors.joining(", "));
    }
}
