package vn.civic.org;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.org.domain.Agencies;
import vn.civic.org.domain.Agency;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.NotFoundException;

/**
 * Reads and edits the agencies in the current actor's scope ({@link OrgDirectory#agencyScope} of the actor's agency):
 * anything outside it is not found. Every change is audited in its transaction and names the version it started
 * from. Privileges are checked by the callers (the admin pages need {@code AGENCY_MANAGE}).
 */
@Service
public class AgencyEditor {

    static final String OBJECT_TYPE = "Agency";

    /** Vietnamese alphabetical order: "Ủy ban" after "Trung tâm", as readers expect. */
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.of("vi"));

    static final String CODE_CONSTRAINT = "agency_code_uk";

    private final Agencies agencies;
    private final AdministrativeUnits units;
    private final OrgDirectory directory;
    private final OrgProperties properties;
    private final CallerScope scope;
    private final AuditLog audit;

    AgencyEditor(
            Agencies agencies,
            AdministrativeUnits units,
            OrgDirectory directory,
            OrgProperties properties,
            CallerScope scope,
            AuditLog audit) {
        this.agencies = agencies;
        this.units = units;
        this.directory = directory;
        this.properties = properties;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Agencies in scope whose name or code contains {@code text}, ordered by name.
     *
     * @param active only active (true) or inactive (false) ones; null for both
     */
    @Transactional(readOnly = true)
    public Page<AgencyView> search(String text, Boolean active, int page, int size) {
        return agencies.search(scope.agencies(), text, active, PageRequest.of(page, size, Sort.by("name", "code")))
                .map(Agency::view);
    }

    @Transactional(readOnly = true)
    public AgencyDetails get(long id) {
        return find(id).toDetails();
    }

    /** True when the current actor may administer the agency. */
    @Transactional(readOnly = true)
    public boolean inScope(long id) {
        return scope.agencies().contains(id);
    }

    /** The agencies directly under an agency in scope, active and inactive, by name. */
    @Transactional(readOnly = true)
    public List<AgencyView> children(long id) {
        find(id);
        return agencies.findByParentIdOrderByName(id).stream().map(Agency::view).toList();
    }

    /**
     * What the parent picker offers: the active agencies in scope, without the edited agency and those under it (a
     * cycle), and with its present parent, which may lie outside the scope.
     *
     * @param editedId the agency being edited, or null for a new one
     */
    @Transactional(readOnly = true)
    public List<AgencyView> parentCandidates(Long editedId) {
        Set<Long> excluded = editedId == null ? Set.of() : directory.agencyScope(editedId);
        Long present = editedId == null ? null : find(editedId).parentId();
        return agencies.findAllById(scope.agencies()).stream()
                .filter(a -> (a.isActive() && !excluded.contains(a.id())) || Objects.equals(a.id(), present))
                .map(Agency::view)
                .sorted(Comparator.comparing(AgencyView::name, VIETNAMESE))
                .toList();
    }

    @Transactional
    public AgencyDetails create(AgencyCommand command) {
        validate(command, null);
        Agency agency;
        try {
            agency = agencies.saveAndFlush(new Agency(command));
        } catch (DataIntegrityViolationException e) {
            // another administrator saved the same code a moment ago
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        AgencyDetails created = agency.toDetails();
        audit.record(AuditRecord.change("agency.created", OBJECT_TYPE, created.id(), null, created.summary()));
        return created;
    }

    /**
     * Replaces an agency's fields.
     *
     * @param version the version the administrator started from; an agency changed since is refused with
     *     {@link CommonError#CONCURRENT_MODIFICATION}
     */
    @Transactional
    public AgencyDetails update(long id, long version, AgencyCommand command) {
        Agency agency = find(id);
        Edits.requireVersion(agency.version(), version);
        validate(command, agency);
        String before = agency.toDetails().summary();
        agency.change(command);
        try {
            agencies.flush();
        } catch (DataIntegrityViolationException e) {
            throw Edits.duplicateOr(e, CODE_CONSTRAINT, "code");
        }
        AgencyDetails updated = agency.toDetails();
        audit.record(AuditRecord.change("agency.updated", OBJECT_TYPE, id, before, updated.summary()));
        return updated;
    }

    /** Stops offering the agency; refused while active agencies sit under it. */
    @Transactional
    public AgencyDetails deactivate(long id, long version) {
        Agency agency = find(id);
        Edits.requireVersion(agency.version(), version);
        if (agencies.existsByParentIdAndActiveTrue(id)) {
            throw new ConflictException(OrgError.AGENCY_HAS_ACTIVE_CHILDREN);
        }
        return transition(agency, "agency.deactivated", Agency::deactivate);
    }

    /** Offers the agency again; refused while its parent is inactive. */
    @Transactional
    public AgencyDetails reactivate(long id, long version) {
        Agency agency = find(id);
        Edits.requireVersion(agency.version(), version);
        if (agency.parentId() != null
                && agencies.findById(agency.parentId()).filter(Agency::isActive).isEmpty()) {
            throw new ConflictException(OrgError.AGENCY_PARENT_INACTIVE);
        }
        return transition(agency, "agency.reactivated", Agency::reactivate);
    }

    private AgencyDetails transition(Agency agency, String action, Consumer<Agency> change) {
        String before = agency.toDetails().summary();
        change.accept(agency);
        agencies.flush();
        AgencyDetails after = agency.toDetails();
        audit.record(AuditRecord.change(action, OBJECT_TYPE, after.id(), before, after.summary()));
        return after;
    }

    /**
     * Every rule at once: the fields, a free code, a parent inside the scope (required for a new agency; an edit may
     * keep its present one), active, and not the agency itself or one under it; a current administrative unit.
     */
    private void validate(AgencyCommand command, Agency edited) {
        FieldChecks checks = new FieldChecks().addAll(command.violations(properties));
        if (!checks.has("code")) {
            agencies.findByCode(command.code())
                    .filter(other -> edited == null || !other.id().equals(edited.id()))
                    .ifPresent(other -> checks.add("code", "code_taken"));
        }
        Long parentId = command.parentId();
        boolean parentKept = edited != null && Objects.equals(parentId, edited.parentId());
        if (parentId == null && !parentKept) {
            checks.add("parentId", "required");
        } else if (parentId != null && !parentKept) {
            Agency parent = agencies.findById(parentId)
                    .filter(a -> scope.agencies().contains(a.id()))
                    .orElse(null);
            if (parent == null) {
                checks.add("parentId", "parent_not_in_scope");
            } else if (!parent.isActive()) {
                checks.add("parentId", "parent_inactive");
            } else if (edited != null && directory.agencyScope(edited.id()).contains(parentId)) {
                checks.add("parentId", "parent_cycle");
            }
        }
        Long unitId = command.administrativeUnitId();
        if (unitId != null && (edited == null || !unitId.equals(edited.administrativeUnitId()))) {
            units.findById(unitId)
                    .ifPresentOrElse(
                            unit -> {
                                if (!unit.isCurrent()) {
                                    checks.add("administrativeUnitId", "unit_not_current");
                                }
                            },
                            () -> checks.add("administrativeUnitId", "unit_not_found"));
        }
        checks.throwIfAny();
    }

    private Agency find(long id) {
        scope.require(id);
        return agencies.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }
}
