package vn.civic.feedback.routing;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;

/**
 * The administrative unit of a report: the lowest current unit whose boundary contains its point
 * ({@link OrgDirectory#unitContaining}), unless the unit the citizen chose in the tree lies inside that one (then the
 * chosen, more precise, unit); without a point, or outside every known boundary, the chosen unit.
 */
@Component
public class UnitLocator {

    private final OrgDirectory org;

    UnitLocator(OrgDirectory org) {
        this.org = org;
    }

    /** The lowest current unit containing the point, if the boundaries are known there. */
    public Optional<Long> unitAt(double latitude, double longitude) {
        return org.unitContaining(latitude, longitude).map(AdministrativeUnitView::id);
    }

    /**
     * @param latitude null without a point
     * @param chosenUnitId the unit chosen in the tree, or null
     */
    public Long unitOf(Double latitude, Double longitude, Long chosenUnitId) {
        Optional<Long> located = latitude == null || longitude == null ? Optional.empty() : unitAt(latitude, longitude);
        if (located.isEmpty()) {
            return chosenUnitId;
        }
        if (chosenUnitId != null && org.unitPath(chosenUnitId).stream().anyMatch(u -> u.id() == located.get())) {
            return chosenUnitId;
        }
        return located.get();
    }
}
