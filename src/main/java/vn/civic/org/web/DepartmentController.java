package vn.civic.org.web;

import static vn.civic.org.web.OrgForms.FORM;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.AgencyDetails;
import vn.civic.org.AgencyEditor;
import vn.civic.org.DepartmentDetails;
import vn.civic.org.DepartmentEditor;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * The departments of the agencies in the administrator's scope: pick an agency, see its departments, add, edit,
 * deactivate and reactivate them. A department of an agency outside the scope is not found.
 */
@Controller
@PreAuthorize("hasAuthority('DEPARTMENT_MANAGE')")
class DepartmentController {

    private final DepartmentEditor editor;
    private final AgencyEditor agencies;

    DepartmentController(DepartmentEditor editor, AgencyEditor agencies) {
        this.editor = editor;
        this.agencies = agencies;
    }

    /** The agencies in scope, searched by name or code, each leading to its departments. */
    @GetMapping("/admin/org/departments")
    String agencies(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("agencies", agencies.search(q, null, Math.max(0, page), OrgForms.PAGE_SIZE));
        model.addAttribute("q", q);
        return "org/departments/index";
    }

    @GetMapping("/admin/org/agencies/{agencyId}/departments")
    String list(@PathVariable long agencyId, Model model) {
        model.addAttribute("agency", agencies.get(agencyId));
        model.addAttribute("departments", editor.ofAgency(agencyId));
        return "org/departments/list";
    }

    @GetMapping("/admin/org/agencies/{agencyId}/departments/new")
    String newDepartment(@PathVariable long agencyId, Model model) {
        model.addAttribute(FORM, new DepartmentForm());
        return form(model, agencies.get(agencyId), null);
    }

    @PostMapping("/admin/org/agencies/{agencyId}/departments")
    String create(
            @PathVariable long agencyId,
            @ModelAttribute(FORM) DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        AgencyDetails agency = agencies.get(agencyId);
        try {
            DepartmentDetails created = editor.create(agencyId, form.command());
            return saved(redirect, "org.department.notice.created", created);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, agency, null);
        }
    }

    @GetMapping("/admin/org/departments/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        DepartmentDetails department = editor.get(id);
        model.addAttribute(FORM, DepartmentForm.of(department));
        return form(model, agencies.get(department.department().agencyId()), department);
    }

    @PostMapping("/admin/org/departments/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        DepartmentDetails stored = editor.get(id);
        try {
            DepartmentDetails updated = editor.update(id, OrgForms.version(form.getVersion()), form.command());
            return saved(redirect, "org.department.notice.updated", updated);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, agencies.get(stored.department().agencyId()), stored);
        }
    }

    @PostMapping("/admin/org/departments/{id}/deactivation")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        DepartmentDetails department = editor.get(id);
        try {
            return saved(redirect, "org.department.notice.deactivated", editor.deactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return list(department);
        }
    }

    @PostMapping("/admin/org/departments/{id}/reactivation")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        DepartmentDetails department = editor.get(id);
        try {
            return saved(redirect, "org.department.notice.reactivated", editor.reactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return list(department);
        }
    }

    private String form(Model model, AgencyDetails agency, DepartmentDetails editing) {
        model.addAttribute("agency", agency);
        model.addAttribute("editing", editing);
        return "org/departments/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, DepartmentDetails department) {
        OrgForms.notice(redirect, noticeKey, department.department().name());
        return list(department);
    }

    private static String list(DepartmentDetails department) {
        return "redirect:/admin/org/agencies/" + department.department().agencyId() + "/departments";
    }
}
