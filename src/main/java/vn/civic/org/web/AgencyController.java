package vn.civic.org.web;

import static vn.civic.org.web.OrgForms.FORM;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.AgencyDetails;
import vn.civic.org.AgencyEditor;
import vn.civic.org.AgencyKind;
import vn.civic.org.DepartmentEditor;
import vn.civic.org.OrgDirectory;
import vn.civic.org.OrgProperties;
import vn.civic.org.UnitDetails;
import vn.civic.org.UnitEditor;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * The agencies for administrators, limited to the administrator's scope (the editor answers anything else as not
 * found): the list with its search, an agency's page with its departments and the agencies under it, and the forms to
 * add, edit, deactivate and reactivate an agency.
 */
@Controller
@RequestMapping("/admin/org/agencies")
@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
class AgencyController {

    private final AgencyEditor editor;
    private final DepartmentEditor departments;
    private final UnitEditor units;
    private final OrgDirectory directory;
    private final OrgProperties properties;

    AgencyController(
            AgencyEditor editor,
            DepartmentEditor departments,
            UnitEditor units,
            OrgDirectory directory,
            OrgProperties properties) {
        this.editor = editor;
        this.departments = departments;
        this.units = units;
        this.directory = directory;
        this.properties = properties;
    }

    /**
     * @param q what the name or organisation code contains
     * @param status {@code active}, {@code inactive}, or anything else for both
     */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Boolean active = "active".equals(status) ? Boolean.TRUE : "inactive".equals(status) ? Boolean.FALSE : null;
        model.addAttribute("agencies", editor.search(q, active, Math.max(0, page), OrgForms.PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("status", active == null ? "" : status);
        return "org/agencies/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        AgencyDetails agency = editor.get(id);
        Long parentId = agency.agency().parentId();
        Long unitId = agency.agency().administrativeUnitId();
        model.addAttribute("agency", agency);
        model.addAttribute(
                "parent",
                parentId == null ? null : directory.findAgency(parentId).orElse(null));
        model.addAttribute("parentInScope", parentId != null && editor.inScope(parentId));
        model.addAttribute("unitPath", unitId == null ? List.of() : directory.unitPath(unitId));
        model.addAttribute("departments", departments.ofAgency(id));
        model.addAttribute("children", editor.children(id));
        return "org/agencies/show";
    }

    @GetMapping("/new")
    String newAgency(@RequestParam(required = false) Long parent, Model model) {
        AgencyForm form = new AgencyForm();
        if (parent != null) {
            form.setParentId(editor.get(parent).id());
        }
        model.addAttribute(FORM, form);
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) AgencyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return rejected(binding, model, null, form);
        }
        try {
            AgencyDetails created = editor.create(form.command());
            return saved(redirect, "org.agency.notice.created", created);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        AgencyDetails agency = editor.get(id);
        model.addAttribute(FORM, AgencyForm.of(agency));
        return form(model, agency);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) AgencyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        AgencyDetails stored = editor.get(id);
        if (binding.hasErrors()) {
            return rejected(binding, model, stored, form);
        }
        try {
            AgencyDetails updated = editor.update(id, OrgForms.version(form.getVersion()), form.command());
            return saved(redirect, "org.agency.notice.updated", updated);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, stored);
        }
    }

    @PostMapping("/{id}/deactivation")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            return saved(redirect, "org.agency.notice.deactivated", editor.deactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return "redirect:/admin/org/agencies/" + id;
        }
    }

    @PostMapping("/{id}/reactivation")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            return saved(redirect, "org.agency.notice.reactivated", editor.reactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return "redirect:/admin/org/agencies/" + id;
        }
    }

    private String rejected(BindingResult binding, Model model, AgencyDetails editing, AgencyForm form) {
        FormErrors.reject(binding, form.command().violations(properties));
        return form(model, editing);
    }

    private String form(Model model, AgencyDetails editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("parents", editor.parentCandidates(editing == null ? null : editing.id()));
        List<UnitDetails> offered = new ArrayList<>(units.currentUnits());
        Long present = editing == null ? null : editing.agency().administrativeUnitId();
        if (present != null && offered.stream().noneMatch(u -> u.id() == present)) {
            offered.add(units.get(present)); // a unit dissolved since stays until the administrator picks another
        }
        model.addAttribute("unitsByLevel", UnitController.byLevel(units.levels(), offered));
        return "org/agencies/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, AgencyDetails agency) {
        OrgForms.notice(redirect, noticeKey, agency.agency().name());
        return "redirect:/admin/org/agencies/" + agency.id();
    }
}
