package vn.civic.feedback.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackError;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;

/**
 * The routing rules as the routing desk's staff edit them: each rule is checked whole (a known category or any, a
 * current unit or any, a fixed agency only and always for {@link RoutingTarget#AGENCY}, a priority from 1 to 1000),
 * added or removed, and audited. Reading the rules needs {@code FEEDBACK_ROUTE}; changing them, the desk.
 */
@Service
public class RoutingAdministration {

    public static final int MAX_PRIORITY = 1000;

    private final RoutingRules rules;
    private final RoutingDesk desk;
    private final FeedbackCategories categories;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;

    RoutingAdministration(
            RoutingRules rules,
            RoutingDesk desk,
            FeedbackCategories categories,
            OrgDirectory org,
            AuditLog audit,
            Clock clock) {
        this.rules = rules;
        this.desk = desk;
        this.categories = categories;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules in the order they are tried. */
    public List<RoutingRule> rules() {
        return rules.all();
    }

    /** True when the current actor may change the rules. */
    public boolean mayEdit() {
        return desk.isDeskStaff();
    }

    @Transactional
    public long add(RoutingRuleCommand command) {
        desk.requireDeskStaff();
        List<FieldViolation> violations = new ArrayList<>();
        String category =
                command.categoryCode() == null || command.categoryCode().isBlank()
                        ? null
                        : command.categoryCode().strip();
        if (category != null && categories.find(category).isEmpty()) {
            violations.add(FieldViolation.of("categoryCode", "feedback_category_unknown"));
        }
        AdministrativeUnitView unit = null;
        if (command.adminUnitId() != null) {
            unit = org.findUnit(command.adminUnitId())
                    .filter(AdministrativeUnitView::current)
                    .orElse(null);
            if (unit == null) {
                violations.add(FieldViolation.of("adminUnitId", "feedback_unit_unknown"));
            }
        }
        AgencyView agency = null;
        if (command.target() == null) {
            violations.add(FieldViolation.of("target", "feedback_routing_target_required"));
        } else if (command.target() == RoutingTarget.AGENCY) {
            agency = command.agencyId() == null
                    ? null
                    : org.findAgency(command.agencyId())
                            .filter(AgencyView::active)
                            .orElse(null);
            if (agency == null) {
                violations.add(FieldViolation.of("agencyId", "feedback_routing_agency_required"));
            }
        } else if (command.agencyId() != null) {
            violations.add(FieldViolation.of("agencyId", "feedback_routing_agency_not_used"));
        }
        if (command.priority() == null || command.priority() < 1 || command.priority() > MAX_PRIORITY) {
            violations.add(FieldViolation.of("priority", "feedback_routing_priority", MAX_PRIORITY));
        }
        String note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
        if (note != null && note.length() > 500) {
            violations.add(FieldViolation.of("note", "feedback_too_long", 500));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(FeedbackError.ROUTING_RULE_INVALID, violations);
        }
        long id = rules.add(
                category,
                unit == null ? null : unit.id(),
                unit == null ? null : unit.name(),
                command.target(),
                agency == null ? null : agency.id(),
                agency == null ? null : agency.name(),
                command.priority(),
                note,
                clock.instant(),
                CurrentActor.get().map(Actor::actorId).orElse(null));
        audit.record(AuditRecord.change(
                "feedback.routing-rule.added",
                "FeedbackRoutingRule",
                id,
                null,
                describe(category, unit, command.target(), agency, command.priority())));
        return id;
    }

    @Transactional
    public void delete(long id) {
        desk.requireDeskStaff();
        RoutingRule rule = rules.all().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("FeedbackRoutingRule", id));
        rules.delete(id);
        audit.record(AuditRecord.change(
                "feedback.routing-rule.deleted",
                "FeedbackRoutingRule",
                id,
                (rule.categoryCode() == null ? "*" : rule.categoryCode()) + " in "
                        + (rule.adminUnitName() == null ? "*" : rule.adminUnitName()) + " -> " + rule.target()
                        + (rule.agencyName() == null ? "" : " " + rule.agencyName()) + " (" + rule.priority() + ")",
                null));
    }

    private static String describe(
            String category, AdministrativeUnitView unit, RoutingTarget target, AgencyView agency, int priority) {
        return (category == null ? "*" : category) + " in " + (unit == null ? "*" : unit.name()) + " -> " + target
                + (agency == null ? "" : " " + agency.name()) + " (" + priority + ")";
    }
}
