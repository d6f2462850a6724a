package vn.civic.org;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.domain.Position;
import vn.civic.org.domain.Positions;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.NotFoundException;

/**
 * Reads and edits the positions, city-wide data. Every change is audited in its transaction and names the version it
 * started from. Privileges are checked by the callers (the admin pages need {@code UNIT_MANAGE}).
 */
@Service
public class PositionEditor {

    static final String OBJECT_TYPE = "Position";
    static final String CODE_CONSTRAINT = "job_position_code_uk";

    private final Positions positions;
    private final AuditLog audit;

    PositionEditor(Positions positions, AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
    }

    /** Active and inactive positions, highest first. */
    @Transactional(readOnly = true)
    public List<PositionDetails> all() {
        return positions.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(Position::toDetails)
                .toList();
    }

    @Transactional(readOnly = true)
    public PositionDetails get(long id) {
        return find(id).toDetails();
    }

    @Transactional
    public PositionDetails create(PositionCommand command) {
        validate(command, null);
        Position position;
        try {
            position = positions.saveAndFlush(new Position(command));
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        PositionDetails created = position.toDetails();
        audit.record(AuditRecord.change("position.created", OBJECT_TYPE, created.id(), null, created.summary()));
        return created;
    }

    /** Replaces every field but the active flag; {@code version} is the one the administrator started from. */
    @Transactional
    public PositionDetails update(long id, long version, PositionCommand command) {
        Position position = find(id);
        Edits.requireVersion(position.version(), version);
        validate(command, position);
        String before = position.toDetails().summary();
        position.change(command);
        try {
            positions.flush();
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        PositionDetails updated = position.toDetails();
        audit.record(AuditRecord.change("position.updated", OBJECT_TYPE, id, before, updated.summary()));
        return updated;
    }

    @Transactional
    public PositionDetails deactivate(long id, long version) {
        return transition(id, version, "position.deactivated", Position::deactivate);
    }

    @Transactional
    public PositionDetails reactivate(long id, long version) {
        return transition(id, version, "position.reactivated", Position::reactivate);
    }

    private PositionDetails transition(long id, long version, String action, Consumer<Position> change) {
        Position position = find(id);
        Edits.requireVersion(position.version(), version);
        String before = position.toDetails().summary();
        change.accept(position);
        positions.flush();
        PositionDetails after = position.toDetails();
        audit.record(AuditRecord.change(action, OBJECT_TYPE, id, before, after.summary()));
        return after;
    }

    private void validate(PositionCommand command, Position edited) {
        FieldChecks checks = new FieldChecks().addAll(command.violations());
        if (!checks.has("code")) {
            positions
                    .findByCode(command.code())
                    .filter(other -> edited == null || !other.id().equals(edited.id()))
                    .ifPresent(other -> checks.add("code", "code_taken"));
        }
        checks.throwIfAny();
    }

    private Position find(long id) {
        return positions.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }
}
