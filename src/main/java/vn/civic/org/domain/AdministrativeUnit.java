package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.FieldChecks;
import vn.civic.org.OrgError;
import vn.civic.org.UnitCommand;
import vn.civic.org.UnitDetails;
import vn.civic.platform.cache.ReferenceDataChanges;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * A node of the administrative tree. A unit that was dissolved or merged keeps its row, with the last day it existed
 * and the unit that took it over, so old addresses and dossiers still name it: units are never deleted.
 */
@Entity
@EntityListeners(ReferenceDataChanges.class)
@Table(name = "admin_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "level_id")
    private AdministrativeLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_id")
    private Long successorId;

    @Version
    private long version;

    protected AdministrativeUnit() {}

    public AdministrativeUnit(String code, String name, AdministrativeLevel level, Long parentId, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    /** A new current unit of {@code level} under {@code parent}; refused unless it may sit there. */
    public AdministrativeUnit(UnitCommand command, AdministrativeLevel level, AdministrativeUnit parent) {
        change(command, level, parent);
    }

    /**
     * Where a unit of {@code level} may sit: under a unit of a higher level (a smaller depth), never under itself;
     * under a current unit, unless the edited unit already sits there (a former district stays under its city).
     *
     * @param edited the unit being changed, or null for a new one
     */
    public static List<FieldViolation> placementViolations(
            AdministrativeUnit edited, AdministrativeLevel level, AdministrativeUnit parent) {
        List<FieldViolation> violations = new ArrayList<>();
        if (parent == null || level == null) {
            return violations;
        }
        boolean unchanged = edited != null && Objects.equals(edited.parentId, parent.id);
        if (edited != null && Objects.equals(edited.id, parent.id)) {
            violations.add(FieldChecks.violation("parentId", "parent_self"));
        } else if (!unchanged && !parent.isCurrent()) {
            violations.add(FieldChecks.violation("parentId", "parent_not_current"));
        } else if (parent.level.depth() >= level.depth()) {
            violations.add(FieldChecks.violation("parentId", "parent_level_not_above"));
        }
        return violations;
    }

    /** Replaces code, name, level, parent and first day; refused unless the unit may sit under {@code parent}. */
    public void change(UnitCommand command, AdministrativeLevel level, AdministrativeUnit parent) {
        List<FieldViolation> violations = placementViolations(id == null ? null : this, level, parent);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.code = command.code();
        this.name = command.name();
        this.level = level;
        this.parentId = parent == null ? null : parent.id;
        this.validFrom = command.validFrom();
    }

    /**
     * Ends the unit on {@code lastDay}; {@code successor} took it over (may be null). Refused for a unit already
     * dissolved, a missing last day or one before its first, or a successor that is the unit itself or no longer
     * exists.
     */
    public void dissolve(LocalDate lastDay, AdministrativeUnit successor) {
        if (!isCurrent()) {
            throw new ConflictException(OrgError.UNIT_ALREADY_DISSOLVED);
        }
        List<FieldViolation> violations = dissolutionViolations(lastDay, successor);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.validTo = lastDay;
        this.successorId = successor == null ? null : successor.id;
    }

    /** The rules {@link #dissolve} keeps, for a form to show before trying. */
    public List<FieldViolation> dissolutionViolations(LocalDate lastDay, AdministrativeUnit successor) {
        List<FieldViolation> violations = new ArrayList<>();
        if (lastDay == null) {
            violations.add(FieldChecks.violation("lastDay", "required"));
        } else if (validFrom != null && lastDay.isBefore(validFrom)) {
            violations.add(FieldChecks.violation("lastDay", "last_day_before_start"));
        }
        if (successor != null) {
            if (successor == this || (id != null && id.equals(successor.id))) {
                violations.add(FieldChecks.violation("successorId", "successor_self"));
            } else if (!successor.isCurrent()) {
                violations.add(FieldChecks.violation("successorId", "successor_not_current"));
            }
        }
        return violations;
    }

    /** True while the unit exists (it has no last day). */
    public boolean isCurrent() {
        return validTo == null;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Long parentId() {
        return parentId;
    }

    public AdministrativeLevel level() {
        return level;
    }

    public long version() {
        return version;
    }

    public AdministrativeUnitView view() {
        return new AdministrativeUnitView(id, code, name, level.code(), parentId, validFrom, validTo, successorId);
    }

    public UnitDetails toDetails() {
        return new UnitDetails(view(), level.view(), version);
    }
}
