package vn.civic.feedback.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;

/**
 * Routes a report by the rules as data: the rules that match its category (or any) and whose unit contains its unit
 * (or any) are tried in order; the first that names an active agency wins. {@link RoutingTarget#WARD_OF_POINT} names the
 * People's Committee sitting in the report's unit when that unit is the lowest of the tree (a ward or commune: no
 * current unit under it); otherwise the rule gives nothing and the next one is tried. No rule: the routing desk.
 */
@Component
public class Router {

    private final RoutingRules rules;
    private final RoutingDesk desk;
    private final OrgDirectory org;

    Router(RoutingRules rules, RoutingDesk desk, OrgDirectory org) {
        this.rules = rules;
        this.desk = desk;
        this.org = org;
    }

    /**
     * @param adminUnitId the report's ward or commune (from its point, or chosen), or null
     */
    public RoutingDecision route(String categoryCode, Long adminUnitId) {
        Set<Long> path = adminUnitId == null
                ? Set.of()
                : org.unitPath(adminUnitId).stream()
                        .map(AdministrativeUnitView::id)
                        .collect(Collectors.toSet());
        for (RoutingRule rule : rules.all()) {
            boolean categoryMatches =
                    rule.categoryCode() == null || rule.categoryCode().equals(categoryCode);
            boolean unitMatches = rule.adminUnitId() == null || path.contains(rule.adminUnitId());
            if (!categoryMatches || !unitMatches) {
                continue;
            }
            Optional<AgencyView> agency = switch (rule.target()) {
                case WARD_OF_POINT -> wardCommittee(adminUnitId);
                case AGENCY -> org.findAgency(rule.agencyId()).filter(AgencyView::active);
            };
            if (agency.isPresent()) {
                return new RoutingDecision(agency.get().id(), agency.get().name(), rule.id(), false);
            }
        }
        return toDesk();
    }

    /** The routing desk, waiting for a person to route. */
    public RoutingDecision toDesk() {
        AgencyView agency = desk.agency();
        return new RoutingDecision(agency.id(), agency.name(), null, true);
    }

    /** The People's Committee sitting in a ward or commune (a unit with no current unit under it). */
    public Optional<AgencyView> wardCommittee(Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        Optional<AdministrativeUnitView> unit = org.findUnit(unitId).filter(AdministrativeUnitView::current);
        if (unit.isEmpty() || !org.currentUnitsUnder(unitId).isEmpty()) {
            return Optional.empty();
        }
        return org.findServingAgency(AgencyKind.PEOPLES_COMMITTEE, unitId)
                .filter(AgencyView::active)
                .filter(a -> unitId.equals(a.administrativeUnitId()));
    }

    /** The unit and every current unit under it, for filters by unit. */
    public Set<Long> unitAndBelow(long unitId) {
        Set<Long> ids = new java.util.HashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty() && ids.size() < 10_000) {
            Long id = todo.pop();
            if (ids.add(id)) {
                org.currentUnitsUnder(id).forEach(u -> todo.push(u.id()));
            }
        }
        return ids;
    }
}
