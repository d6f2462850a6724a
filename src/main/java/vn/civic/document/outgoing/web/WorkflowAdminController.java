package vn.civic.document.outgoing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.document.DocumentTypes;
import vn.civic.document.outgoing.WorkflowConfiguration;
import vn.civic.document.outgoing.WorkflowStep;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * The review and approval steps of outgoing drafts per agency and document type, for the administrators of the agency
 * scope ({@code DOCUMENT_WORKFLOW_MANAGE}). Agencies outside the scope are not found.
 */
@Controller
@RequestMapping(WorkflowAdminController.PATH)
class WorkflowAdminController {

    static final String PATH = "/admin/documents/workflow";
    private static final int MAX_STEPS = 4;

    private final WorkflowConfiguration workflow;
    private final DocumentTypes types;
    private final OrgDirectory org;

    WorkflowAdminController(WorkflowConfiguration workflow, DocumentTypes types, OrgDirectory org) {
        this.workflow = workflow;
        this.types = types;
        this.org = org;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DOCUMENT_WORKFLOW_MANAGE')")
    String page(@RequestParam(required = false) Long agency, Model model) {
        long agencyId = agency == null ? ownAgency() : agency;
        Map<String, List<WorkflowStep>> rules = new LinkedHashMap<>();
        for (String type : workflow.configuredTypes(agencyId)) {
            rules.put(type, workflow.configured(agencyId, type));
        }
        List<AgencyView> scope = new ArrayList<>();
        for (Long id : org.agencyScope(ownAgency())) {
            org.findAgency(id).filter(AgencyView::active).ifPresent(scope::add);
        }
        scope.sort(java.util.Comparator.comparing(AgencyView::name));
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencies", scope);
        model.addAttribute("rules", rules);
        model.addAttribute("types", types);
        model.addAttribute("kinds", WorkflowStep.Kind.values());
        model.addAttribute(
                "privileges",
                WorkflowConfiguration.STEP_PRIVILEGES.stream().sorted().toList());
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.rangeClosed(1, MAX_STEPS).boxed().toList());
        model.addAttribute("anyType", WorkflowConfiguration.ANY_TYPE);
        return "document/outgoing/workflow";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DOCUMENT_WORKFLOW_MANAGE')")
    String save(
            @RequestParam long agency,
            @RequestParam String typeCode,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "privilege", required = false) List<String> privileges,
            RedirectAttributes redirect) {
        List<WorkflowStep> steps = new ArrayList<>();
        int rows = kinds == null ? 0 : Math.min(kinds.size(), privileges == null ? 0 : privileges.size());
        try {
            if (!WorkflowConfiguration.ANY_TYPE.equals(typeCode)
                    && types.find(typeCode).isEmpty()) {
                throw NotFoundException.of("document_type", typeCode);
            }
            for (int i = 0; i < rows; i++) {
                if (kinds.get(i).isBlank()) {
                    continue;
                }
                steps.add(new WorkflowStep(
                        steps.size() + 1,
                        WorkflowStep.Kind.valueOf(kinds.get(i)),
                        Privilege.valueOf(privileges.get(i))));
            }
            workflow.replace(agency, typeCode, steps);
            redirect.addFlashAttribute("notice", "outgoing.workflow.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "error.outgoing_step_privilege_invalid");
        } catch (CivicException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.errorCode().messageKey());
        }
        return "redirect:" + PATH + "?agency=" + agency;
    }

    private static long ownAgency() {
        Long id = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        if (id == null) {
            throw NotFoundException.of("agency", "none");
        }
        return id;
    }
}
