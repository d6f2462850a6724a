package vn.civic.org;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.domain.Department;
import vn.civic.org.domain.Departments;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.NotFoundException;

/**
 * Reads and edits the departments of the agencies in the current actor's scope; a department of an agency outside
 * it is not found. Every change is audited in its transaction and names the version it started from. Privileges are
 * checked by the callers (the admin pages need {@code DEPARTMENT_MANAGE}).
 */
@Service
public class DepartmentEditor {

    static final String OBJECT_TYPE = "Department";
    static final String CODE_CONSTRAINT = "department_code_uk";

    private final Departments departments;
    private final CallerScope scope;
    private final AuditLog audit;

    DepartmentEditor(Departments departments, CallerScope scope, AuditLog audit) {
        this.departments = departments;
        this.scope = scope;
        this.audit = audit;
    }

    /** The active and inactive departments of an agency in scope, by name. */
    @Transactional(readOnly = true)
    public List<DepartmentDetails> ofAgency(long agencyId) {
        scope.require(agencyId);
        return departments.findByAgencyIdOrderByName(agencyId).stream()
                .map(Department::toDetails)
                .toList();
    }

    @Transactional(readOnly = true)
    public DepartmentDetails get(long id) {
        return find(id).toDetails();
    }

    @Transactional
    public DepartmentDetails create(long agencyId, DepartmentCommand command) {
        scope.require(agencyId);
        validate(agencyId, command, null);
        Department department;
        try {
            department = departments.saveAndFlush(new Department(agencyId, command));
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        DepartmentDetails created = department.toDetails();
        audit.record(AuditRecord.change("department.created", OBJECT_TYPE, created.id(), null, created.summary()));
        return created;
    }

    /** Replaces code and name; {@code version} is the one the administrator started from. */
    @Transactional
    public DepartmentDetails update(long id, long version, DepartmentCommand command) {
        Department department = find(id);
        Edits.requireVersion(department.version(), version);
        validate(department.agencyId(), command, department);
        String before = department.toDetails().summary();
        department.change(command);
        try {
            departments.flush();
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        DepartmentDetails updated = department.toDetails();
        audit.record(AuditRecord.change("department.updated", OBJECT_TYPE, id, before, updated.summary()));
        return updated;
    }

    @Transactional
    public DepartmentDetails deactivate(long id, long version) {
        return transition(id, version, "department.deactivated", Department::deactivate);
    }

    @Transactional
    public DepartmentDetails reactivate(long id, long version) {
        return transition(id, version, "department.reactivated", Department::reactivate);
    }

    private DepartmentDetails transition(long id, long version, String action, Consumer<Department> change) {
        Department department = find(id);
        Edits.requireVersion(department.version(), version);
        String before = department.toDetails().summary();
        change.accept(department);
        departments.flush();
        DepartmentDetails after = department.toDetails();
        audit.record(AuditRecord.change(action, OBJECT_TYPE, id, before, after.summary()));
        return after;
    }

    /** The fields, and a code no other department of the agency has. */
    private void validate(long agencyId, DepartmentCommand command, Department edited) {
        FieldChecks checks = new FieldChecks().addAll(command.violations());
        if (!checks.has("code")) {
            departments
                    .findByAgencyIdAndCode(agencyId, command.code())
                    .filter(other -> edited == null || !other.id().equals(edited.id()))
                    .ifPresent(other -> checks.add("code", "code_taken"));
        }
        checks.throwIfAny();
    }

    private Department find(long id) {
        Department department = departments.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
        if (!scope.agencies().contains(department.agencyId())) {
            throw NotFoundException.of(OBJECT_TYPE, id);
        }
        return department;
    }
}
