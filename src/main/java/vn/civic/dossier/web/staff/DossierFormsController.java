package vn.civic.dossier.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.forms.DossierForms;
import vn.civic.dossier.forms.DossierNotice;
import vn.civic.dossier.forms.DossierNotices;
import vn.civic.dossier.forms.TrackingBook;
import vn.civic.dossier.forms.TrackingBooks;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;

/**
 * The officials' copies of forms 02–05 of a dossier they may read (once the supplement request, refusal, approved
 * apology or stop happened; otherwise not found), and form 07, the tracking book of their own agency over a period.
 */
@Controller
@PreAuthorize(StaffDossierController.STAFF)
class DossierFormsController {

    /** The longest period one book covers. */
    static final int MAX_BOOK_DAYS = 366;

    private final DossierQueries queries;
    private final DossierNotices notices;
    private final TrackingBooks books;
    private final DossierForms forms;
    private final Clock clock;

    DossierFormsController(
            DossierQueries queries, DossierNotices notices, TrackingBooks books, DossierForms forms, Clock clock) {
        this.queries = queries;
        this.notices = notices;
        this.books = books;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/work/dossiers/{id}/forms/{form}")
    String notice(@PathVariable long id, @PathVariable String form, Model model) {
        DossierView dossier = queries.staffDossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", notice(dossier, form));
        return "dossier/staff/form";
    }

    @GetMapping("/work/dossiers/{id}/forms/{form}.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @PathVariable String form) {
        DossierNotice notice = notice(queries.staffDossier(id), form);
        return StaffDossierController.pdf(forms.pdf(notice), notice.fileName() + ".pdf");
    }

    /** @param from the first day; the current month when neither is given */
    @GetMapping("/work/dossiers/book")
    String book(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        LocalDate[] period = period(from, to, errors);
        model.addAttribute("from", period[0] == null ? from : period[0].toString());
        model.addAttribute("to", period[1] == null ? to : period[1].toString());
        if (errors.isEmpty()) {
            model.addAttribute("form", books.of(period[0], period[1]));
        } else {
            model.addAttribute("errors", errors);
        }
        return "dossier/staff/book";
    }

    @GetMapping("/work/dossiers/book.pdf")
    ResponseEntity<byte[]> bookPdf(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        LocalDate[] period = period(from, to, errors);
        if (!errors.isEmpty()) {
            throw new vn.civic.platform.error.InvalidInputException(List.copyOf(errors.values()));
        }
        TrackingBook book = books.of(period[0], period[1]);
        return StaffDossierController.pdf(forms.pdf(book), book.fileName() + ".pdf");
    }

    private DossierNotice notice(DossierView dossier, String path) {
        DossierNotice.Kind kind = DossierNotice.Kind.ofPath(path);
        if (kind == null) {
            throw NotFoundException.of("Form", path);
        }
        return notices.of(dossier, kind).orElseThrow(() -> NotFoundException.of("Form", path));
    }

    private LocalDate[] period(String from, String to, Map<String, FieldViolation> errors) {
        YearMonth month = YearMonth.now(clock.withZone(CivicTime.ZONE));
        LocalDate start = day(from, month.atDay(1), "from", errors);
        LocalDate end = day(to, month.atEndOfMonth(), "to", errors);
        if (start != null
                && end != null
                && (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_BOOK_DAYS)) {
            errors.put("to", new FieldViolation("to", "book_range", "dossier.book.error.range"));
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate day(String value, LocalDate otherwise, String field, Map<String, FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, FieldViolation.of(field, "type_mismatch"));
            return null;
        }
    }
}
