package vn.civic.org.web;

import static vn.civic.org.web.OrgForms.FORM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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
import vn.civic.org.AdministrativeLevelView;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.UnitDetails;
import vn.civic.org.UnitEditor;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * The administrative units for administrators: the tree browsed one parent at a time, current and former units apart,
 * and the forms to add, edit and dissolve a unit. City-wide data, so the privilege is the only scope.
 */
@Controller
@RequestMapping("/admin/org/units")
@PreAuthorize("hasAuthority('UNIT_MANAGE')")
class UnitController {

    private final UnitEditor editor;
    private final OrgDirectory directory;

    UnitController(UnitEditor editor, OrgDirectory directory) {
        this.editor = editor;
        this.directory = directory;
    }

    /** The units directly under {@code parent} (the top units without it), with the path to it. */
    @GetMapping
    String browse(@RequestParam(required = false) Long parent, Model model) {
        List<UnitDetails> children = editor.children(parent);
        model.addAttribute("parent", parent == null ? null : editor.get(parent));
        model.addAttribute("path", parent == null ? List.of() : directory.unitPath(parent));
        model.addAttribute(
                "current", children.stream().filter(u -> u.unit().current()).toList());
        List<UnitDetails> former =
                children.stream().filter(u -> !u.unit().current()).toList();
        model.addAttribute("former", former);
        model.addAttribute(
                "successors",
                former.stream()
                        .map(u -> u.unit().successorId())
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(directory::findUnit)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toMap(AdministrativeUnitView::id, AdministrativeUnitView::name)));
        return "org/units/list";
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) Long parent, Model model) {
        UnitForm form = new UnitForm();
        if (parent != null) {
            UnitDetails above = editor.get(parent);
            form.setParentId(parent);
            editor.levels().stream()
                    .filter(l -> l.depth() > above.level().depth())
                    .findFirst()
                    .ifPresent(l -> form.setLevelId(l.id()));
        }
        model.addAttribute(FORM, form);
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) UnitForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, null);
        }
        try {
            UnitDetails created = editor.create(form.command());
            return saved(redirect, "org.unit.notice.created", created);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UnitDetails unit = editor.get(id);
        model.addAttribute(FORM, UnitForm.of(unit));
        return form(model, unit);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        UnitDetails stored = editor.get(id);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, stored);
        }
        try {
            UnitDetails updated = editor.update(id, OrgForms.version(form.getVersion()), form.command());
            return saved(redirect, "org.unit.notice.updated", updated);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, stored);
        }
    }

    @GetMapping("/{id}/dissolution")
    String dissolution(@PathVariable long id, Model model) {
        UnitDetails unit = editor.get(id);
        model.addAttribute(FORM, DissolutionForm.startingFrom(unit.version()));
        return dissolutionForm(model, unit);
    }

    @PostMapping("/{id}/dissolution")
    String dissolve(
            @PathVariable long id,
            @ModelAttribute(FORM) DissolutionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        UnitDetails stored = editor.get(id);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return dissolutionForm(model, stored);
        }
        try {
            UnitDetails dissolved = editor.dissolve(id, OrgForms.version(form.getVersion()), form.command());
            return saved(redirect, "org.unit.notice.dissolved", dissolved);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return dissolutionForm(model, stored);
        } catch (ConflictException e) {
            OrgForms.rejectForm(binding, e);
            return dissolutionForm(model, stored);
        }
    }

    /**
     * The unit form offers as parents the current units of every level but the lowest (nothing sits under a commune),
     * and keeps an edited unit's present parent even when that one is former.
     */
    private String form(Model model, UnitDetails editing) {
        List<AdministrativeLevelView> levels = editor.levels();
        int lowest =
                levels.stream().mapToInt(AdministrativeLevelView::depth).max().orElse(0);
        Long present = editing == null ? null : editing.unit().parentId();
        List<UnitDetails> parents = editor.currentUnits().stream()
                .filter(u -> u.level().depth() < lowest)
                .filter(u -> editing == null || u.id() != editing.id())
                .collect(Collectors.toList());
        if (present != null && parents.stream().noneMatch(u -> u.id() == present)) {
            parents.add(editor.get(present));
        }
        model.addAttribute("editing", editing);
        model.addAttribute("levels", levels);
        model.addAttribute("parentsByLevel", byLevel(levels, parents));
        return "org/units/form";
    }

    /** The dissolution form offers as successors the current units but the dissolved one. */
    private String dissolutionForm(Model model, UnitDetails unit) {
        List<UnitDetails> others =
                editor.currentUnits().stream().filter(u -> u.id() != unit.id()).toList();
        model.addAttribute("unit", unit);
        model.addAttribute("successorsByLevel", byLevel(editor.levels(), others));
        model.addAttribute("path", directory.unitPath(unit.id()));
        return "org/units/dissolve";
    }

    /** Units grouped under their level, levels from the top down, empty levels left out. */
    static Map<AdministrativeLevelView, List<UnitDetails>> byLevel(
            List<AdministrativeLevelView> levels, List<UnitDetails> units) {
        Map<AdministrativeLevelView, List<UnitDetails>> grouped = new LinkedHashMap<>();
        for (AdministrativeLevelView level : levels) {
            List<UnitDetails> atLevel =
                    units.stream().filter(u -> u.level().id() == level.id()).toList();
            if (!atLevel.isEmpty()) {
                grouped.put(level, atLevel);
            }
        }
        return grouped;
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, UnitDetails unit) {
        OrgForms.notice(redirect, noticeKey, unit.unit().name());
        Long parent = unit.unit().parentId();
        return "redirect:/admin/org/units" + (parent == null ? "" : "?parent=" + parent);
    }
}
