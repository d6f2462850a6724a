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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.PositionDetails;
import vn.civic.org.PositionEditor;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * The positions for administrators: the list highest first, and the forms to add, edit, deactivate and reactivate a
 * position. City-wide data, managed with the administrative units' privilege.
 */
@Controller
@RequestMapping("/admin/org/positions")
@PreAuthorize("hasAuthority('UNIT_MANAGE')")
class PositionController {

    private final PositionEditor editor;

    PositionController(PositionEditor editor) {
        this.editor = editor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("positions", editor.all());
        return "org/positions/list";
    }

    @GetMapping("/new")
    String newPosition(Model model) {
        model.addAttribute(FORM, new PositionForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) PositionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, null);
        }
        try {
            return saved(redirect, "org.position.notice.created", editor.create(form.command()));
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PositionDetails position = editor.get(id);
        model.addAttribute(FORM, PositionForm.of(position));
        return form(model, position);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) PositionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PositionDetails stored = editor.get(id);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, stored);
        }
        try {
            PositionDetails updated = editor.update(id, OrgForms.version(form.getVersion()), form.command());
            return saved(redirect, "org.position.notice.updated", updated);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, stored);
        }
    }

    @PostMapping("/{id}/deactivation")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            return saved(redirect, "org.position.notice.deactivated", editor.deactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return "redirect:/admin/org/positions";
        }
    }

    @PostMapping("/{id}/reactivation")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            return saved(redirect, "org.position.notice.reactivated", editor.reactivate(id, version));
        } catch (ConflictException e) {
            OrgForms.refused(redirect, e);
            return "redirect:/admin/org/positions";
        }
    }

    private static String form(Model model, PositionDetails editing) {
        model.addAttribute("editing", editing);
        return "org/positions/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, PositionDetails position) {
        OrgForms.notice(redirect, noticeKey, position.position().nameVi());
        return "redirect:/admin/org/positions";
    }
}
