package vn.civic.platform.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.civic.platform.calendar.CalendarDayCommand;
import vn.civic.platform.calendar.CalendarDayView;
import vn.civic.platform.calendar.CalendarEditor;
import vn.civic.platform.calendar.DayKind;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.web.FormErrors;

/**
 * The working-day calendar for administrators: a year's months and exception days, and the form to add, edit or
 * remove an exception day. City-wide data, so the privilege is the only scope.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
class CalendarController {

    static final String FORM = "day";

    private final CalendarEditor editor;
    private final Clock clock;

    CalendarController(CalendarEditor editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < CalendarDayCommand.FIRST_DATE.getYear() || shown > CalendarDayCommand.LAST_DATE.getYear()) {
            throw NotFoundException.of("CalendarYear", shown);
        }
        model.addAttribute("grid", YearGrid.of(shown, editor.year(shown)));
        model.addAttribute("statuses", YearGrid.Status.marked());
        model.addAttribute("firstYear", CalendarDayCommand.FIRST_DATE.getYear());
        model.addAttribute("lastYear", CalendarDayCommand.LAST_DATE.getYear());
        return "platform/calendar/year";
    }

    @GetMapping("/days/new")
    String newDay(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer year,
            Model model) {
        CalendarDayForm form = new CalendarDayForm();
        form.setDate(date);
        model.addAttribute(FORM, form);
        return form(model, null, year);
    }

    @PostMapping("/days")
    String create(
            @ModelAttribute(FORM) CalendarDayForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, null, null);
        }
        try {
            CalendarDayView created = editor.create(form.command());
            return saved(redirect, "calendar.notice.created", created.date());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, null, null);
        }
    }

    @GetMapping("/days/{id}")
    String edit(@PathVariable long id, Model model) {
        CalendarDayView day = editor.get(id);
        model.addAttribute(FORM, CalendarDayForm.of(day));
        return form(model, day, null);
    }

    @PostMapping("/days/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute(FORM) CalendarDayForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CalendarDayView stored = editor.get(id);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model, stored, null);
        }
        try {
            // A form without its version cannot prove it saw the stored day: treat it as stale.
            long version = form.getVersion() == null ? -1 : form.getVersion();
            CalendarDayView updated = editor.update(id, version, form.command());
            return saved(redirect, "calendar.notice.updated", updated.date());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model, stored, null);
        }
    }

    @PostMapping("/days/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        CalendarDayView day = editor.get(id);
        editor.delete(id, version);
        return saved(redirect, "calendar.notice.deleted", day.date());
    }

    private String form(Model model, CalendarDayView editing, Integer year) {
        CalendarDayForm form = (CalendarDayForm) model.getAttribute(FORM);
        int backYear = year != null
                ? year
                : editing != null
                        ? editing.date().getYear()
                        : form != null && form.getDate() != null
                                ? form.getDate().getYear()
                                : LocalDate.now(clock).getYear();
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("backYear", backYear);
        return "platform/calendar/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, LocalDate date) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeDate", date);
        return "redirect:/admin/calendar?year=" + date.getYear();
    }
}
