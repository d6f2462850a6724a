package vn.civic.document.outgoing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * The review and approval steps of each agency's drafts, per document type ({@link #ANY_TYPE} for the types without
 * their own), managed by its administrators ({@code DOCUMENT_WORKFLOW_MANAGE}) within their agency scope. Without a
 * configuration a draft needs one approval by a leader ({@link WorkflowStep#DEFAULT}).
 */
@Service
public class WorkflowConfiguration {

    /** The type code of an agency's rule for every type without its own. */
    public static final String ANY_TYPE = "*";

    /** The privileges a step may ask for. */
    public static final Set<Privilege> STEP_PRIVILEGES =
            Set.of(Privilege.DOCUMENT_APPROVE, Privilege.DOCUMENT_ASSIGN, Privilege.DOCUMENT_HANDLE);

    private final OutgoingRecords records;
    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final AuditLog audit;

    WorkflowConfiguration(OutgoingRecords records, JdbcClient jdbc, OrgDirectory org, AuditLog audit) {
        this.records = records;
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
    }

    /** The steps a draft of the agency and type goes through, never empty. */
    public List<WorkflowStep> stepsFor(long agencyId, String typeCode) {
        List<WorkflowStep> steps = records.configuredSteps(agencyId, typeCode);
        return steps.isEmpty() ? List.of(WorkflowStep.DEFAULT) : steps;
    }

    /** The steps configured for the agency and type (or {@link #ANY_TYPE}), empty when none. */
    public List<WorkflowStep> configured(long agencyId, String typeCode) {
        checkScope(agencyId);
        return records.steps(agencyId, typeCode);
    }

    /** The type codes (and {@link #ANY_TYPE}) the agency has steps for. */
    public List<String> configuredTypes(long agencyId) {
        checkScope(agencyId);
        return jdbc.sql("select distinct type_code from outgoing_workflow_step where agency_id = ? order by type_code")
                .param(agencyId)
                .query(String.class)
                .list();
    }

    /**
     * Replaces the steps of the agency and type; an empty list removes them (the agency's rule for every type, or the
     * default, applies again). The last step must be an approval: its leader signs.
     */
    @Transactional
    public void replace(long agencyId, String typeCode, List<WorkflowStep> steps) {
        checkScope(agencyId);
        for (WorkflowStep step : steps) {
            if (!STEP_PRIVILEGES.contains(step.privilege())) {
                throw OutgoingError.STEP_PRIVILEGE_INVALID.on("privilege");
            }
        }
        if (!steps.isEmpty() && steps.getLast().kind() != WorkflowStep.Kind.APPROVE) {
            throw OutgoingError.STEP_PRIVILEGE_INVALID.on("kind");
        }
        List<WorkflowStep> before = records.steps(agencyId, typeCode);
        jdbc.sql("delete from outgoing_workflow_step where agency_id = ? and type_code = ?")
                .params(agencyId, typeCode)
                .update();
        List<WorkflowStep> stored = new ArrayList<>();
        int order = 1;
        for (WorkflowStep step : steps) {
            jdbc.sql("insert into outgoing_workflow_step (agency_id, type_code, step_order, kind, privilege)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            agencyId,
                            typeCode,
                            order,
                            step.kind().name(),
                            step.privilege().name())
                    .update();
            stored.add(new WorkflowStep(order++, step.kind(), step.privilege()));
        }
        audit.record(AuditRecord.change(
                "outgoing.workflow_changed",
                "outgoing_workflow",
                agencyId + ":" + typeCode,
                before.toString(),
                stored.toString()));
    }

    /** An administrator manages the agencies in their scope only; others are not found. */
    private void checkScope(long agencyId) {
        Long own = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        if (own == null || !org.agencyScope(own).contains(agencyId)) {
            throw NotFoundException.of("agency", agencyId);
        }
    }
}
