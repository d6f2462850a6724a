package vn.civic.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.domain.AdministrativeLevel;
import vn.civic.org.domain.AdministrativeLevels;
import vn.civic.org.domain.AdministrativeUnit;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.NotFoundException;

/**
 * Reads and edits the administrative units, city-wide data. Units are never deleted: a dissolved unit keeps its row
 * with its last day and successor. Every change is audited in its transaction and names the version it started from.
 * Privileges are checked by the callers (the admin pages need {@code UNIT_MANAGE}).
 */
@Service
public class UnitEditor {

    static final String OBJECT_TYPE = "AdministrativeUnit";
    static final String CODE_CONSTRAINT = "admin_unit_code_uk";

    private final AdministrativeUnits units;
    private final AdministrativeLevels levels;
    private final AuditLog audit;
    private final Clock clock;

    UnitEditor(AdministrativeUnits units, AdministrativeLevels levels, AuditLog audit, Clock clock) {
        this.units = units;
        this.levels = levels;
        this.audit = audit;
        this.clock = clock;
    }

    /** The levels, from the top down. */
    @Transactional(readOnly = true)
    public List<AdministrativeLevelView> levels() {
        return levels.findAllByOrderByDepth().stream()
                .map(AdministrativeLevel::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public UnitDetails get(long id) {
        return find(id).toDetails();
    }

    /** The current and former units directly under a unit (at the top when {@code parentId} is null), by name. */
    @Transactional(readOnly = true)
    public List<UnitDetails> children(Long parentId) {
        List<AdministrativeUnit> found = parentId == null
                ? units.findByParentIdIsNullOrderByName()
                : units.findByParentIdOrderByName(find(parentId).id());
        return found.stream().map(AdministrativeUnit::toDetails).toList();
    }

    /** Every current unit, from the top level down and by name: what the pickers offer. */
    @Transactional(readOnly = true)
    public List<UnitDetails> currentUnits() {
        return units.findCurrentByLevel().stream()
                .map(AdministrativeUnit::toDetails)
                .toList();
    }

    @Transactional
    public UnitDetails create(UnitCommand command) {
        Placement placement = validate(command, null);
        AdministrativeUnit unit;
        try {
            unit = units.saveAndFlush(new AdministrativeUnit(command, placement.level(), placement.parent()));
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        UnitDetails created = unit.toDetails();
        audit.record(AuditRecord.change("unit.created", OBJECT_TYPE, created.id(), null, created.summary()));
        return created;
    }

    /** Replaces code, name, level, parent and first day; {@code version} is the one the administrator started from. */
    @Transactional
    public UnitDetails update(long id, long version, UnitCommand command) {
        AdministrativeUnit unit = find(id);
        Edits.requireVersion(unit.version(), version);
        Placement placement = validate(command, unit);
        String before = unit.toDetails().summary();
        unit.change(command, placement.level(), placement.parent());
        try {
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        UnitDetails updated = unit.toDetails();
        audit.record(AuditRecord.change("unit.updated", OBJECT_TYPE, id, before, updated.summary()));
        return updated;
    }

    /**
     * Ends a unit: it stays, shown as former, with its last day and the current unit that took it over. Refused while
     * current units sit under it, and for a last day still to come (record a dissolution once it takes effect).
     */
    @Transactional
    public UnitDetails dissolve(long id, long version, UnitDissolution dissolution) {
        AdministrativeUnit unit = find(id);
        Edits.requireVersion(unit.version(), version);
        if (!unit.isCurrent()) {
            throw new ConflictException(OrgError.UNIT_ALREADY_DISSOLVED);
        }
        FieldChecks checks = new FieldChecks().addAll(dissolution.violations());
        if (!checks.has("lastDay") && dissolution.lastDay().isAfter(LocalDate.now(clock))) {
            checks.add("lastDay", "last_day_in_future");
        }
        AdministrativeUnit successor = null;
        if (dissolution.successorId() != null) {
            successor = units.findById(dissolution.successorId()).orElse(null);
            if (successor == null) {
                checks.add("successorId", "successor_not_found");
            }
        }
        checks.addAll(unit.dissolutionViolations(dissolution.lastDay(), successor))
                .throwIfAny();
        if (units.existsByParentIdAndValidToIsNull(id)) {
            throw new ConflictException(OrgError.UNIT_HAS_CURRENT_CHILDREN);
        }
        String before = unit.toDetails().summary();
        unit.dissolve(dissolution.lastDay(), successor);
        units.flush();
        UnitDetails after = unit.toDetails();
        audit.record(AuditRecord.change("unit.dissolved", OBJECT_TYPE, id, before, after.summary()));
        return after;
    }

    private record Placement(AdministrativeLevel level, AdministrativeUnit parent) {}

    /**
     * Every rule at once: the fields, a free code, an existing level, a parent of a higher level (none only at the top
     * level), and a level still above the levels of the units under an edited one.
     */
    private Placement validate(UnitCommand command, AdministrativeUnit edited) {
        FieldChecks checks = new FieldChecks().addAll(command.violations());
        if (!checks.has("code")) {
            units.findByCode(command.code())
                    .filter(other -> edited == null || !other.id().equals(edited.id()))
                    .ifPresent(other -> checks.add("code", "code_taken"));
        }
        AdministrativeLevel level = null;
        if (command.levelId() != null) {
            level = levels.findById(command.levelId()).orElse(null);
            if (level == null) {
                checks.add("levelId", "level_not_found");
            }
        }
        AdministrativeUnit parent = null;
        if (command.parentId() != null) {
            parent = units.findById(command.parentId()).orElse(null);
            if (parent == null) {
                checks.add("parentId", "parent_not_found");
            }
        } else if (level != null && level.depth() > topDepth()) {
            checks.add("parentId", "parent_required_below_top");
        }
        checks.addAll(AdministrativeUnit.placementViolations(edited, level, parent));
        if (edited != null && level != null) {
            Integer highestChild = units.findHighestChildDepth(edited.id());
            if (highestChild != null && highestChild <= level.depth()) {
                checks.add("levelId", "level_not_above_children");
            }
        }
        checks.throwIfAny();
        return new Placement(level, parent);
    }

    private int topDepth() {
        return levels.findAllByOrderByDepth().stream()
                .mapToInt(AdministrativeLevel::depth)
                .min()
                .orElse(1);
    }

    private AdministrativeUnit find(long id) {
        return units.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }
}
