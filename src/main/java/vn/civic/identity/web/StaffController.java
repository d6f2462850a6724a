package vn.civic.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.identity.staff.StaffAdmin;
import vn.civic.identity.staff.StaffAdministration;
import vn.civic.identity.staff.StaffDetail;
import vn.civic.identity.staff.StaffRow;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * Staff accounts of the administrator's agency scope: list and search, create (the holder receives a link to set a
 * password), edit, disable and enable, unlock, send a password link. Accounts outside the scope are not found.
 */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasAuthority('STAFF_MANAGE')")
class StaffController {

    static final String FORM = "staff";

    private final StaffAdministration staff;
    private final OrgDirectory org;

    StaffController(StaffAdministration staff, OrgDirectory org) {
        this.staff = staff;
        this.org = org;
    }

    /** Only the form's fields bind. */
    @InitBinder(FORM)
    void binding(WebDataBinder binder) {
        binder.setAllowedFields(
                "username",
                "fullName",
                "email",
                "phone",
                "personalIdNumber",
                "agencyId",
                "departmentId",
                "positionId",
                "roles",
                "version");
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        StaffAdmin admin = StaffAdmin.current();
        Boolean active = "active".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
        Page<StaffRow> rows = staff.search(admin, q, agency, active, page);
        model.addAttribute("rows", rows);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("agency", agency);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("agencies", staff.agencies(admin));
        return "identity/staff/list";
    }

    @GetMapping("/new")
    String newStaff(Model model) {
        StaffForm form = new StaffForm();
        StaffAdmin admin = StaffAdmin.current();
        List<AgencyView> agencies = staff.agencies(admin);
        if (agencies.size() == 1) {
            form.setAgencyId(agencies.getFirst().id());
        }
        model.addAttribute(FORM, form);
        return form(model, admin, null);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) StaffForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffAdmin admin = StaffAdmin.current();
        if (binding.hasErrors()) {
            return form(model, admin, null);
        }
        try {
            StaffDetail created = staff.create(admin, form.command());
            return saved(redirect, "identity.staff.notice.created", created);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, admin, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffAdmin admin = StaffAdmin.current();
        StaffDetail detail = staff.get(admin, id);
        model.addAttribute(FORM, StaffForm.of(detail));
        return form(model, admin, detail);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) StaffForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StaffAdmin admin = StaffAdmin.current();
        StaffDetail stored = staff.get(admin, id);
        form.setUsername(stored.account().username());
        if (binding.hasErrors()) {
            return form(model, admin, stored);
        }
        try {
            // a form without its version cannot prove it saw the stored account: treat it as stale
            long version = form.getVersion() == null ? -1 : form.getVersion();
            StaffDetail updated = staff.update(admin, id, version, form.command());
            return saved(redirect, "identity.staff.notice.updated", updated);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, admin, stored);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "identity.staff.notice.disabled", staff.disable(StaffAdmin.current(), id));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "identity.staff.notice.enabled", staff.enable(StaffAdmin.current(), id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "identity.staff.notice.unlocked", staff.unlock(StaffAdmin.current(), id));
    }

    @PostMapping("/{id}/password-link")
    String sendPasswordLink(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "identity.staff.notice.link-sent", staff.sendPasswordLink(StaffAdmin.current(), id));
    }

    private String form(Model model, StaffAdmin admin, StaffDetail editing) {
        List<AgencyView> agencies = staff.agencies(admin);
        Map<AgencyView, List<DepartmentView>> departments = new LinkedHashMap<>();
        agencies.forEach(a -> departments.put(a, org.departmentsOf(a.id())));
        model.addAttribute("editing", editing);
        model.addAttribute("agencies", agencies);
        model.addAttribute("departments", departments);
        model.addAttribute("positions", org.positions());
        model.addAttribute("grantable", staff.grantableRoles(admin));
        return "identity/staff/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, StaffDetail detail) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeName", detail.account().fullName());
        return "redirect:/admin/staff/" + detail.account().id();
    }
}
