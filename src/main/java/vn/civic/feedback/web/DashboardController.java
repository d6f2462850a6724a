package vn.civic.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.civic.feedback.DashboardFigures;
import vn.civic.feedback.DashboardFilter;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.QueueItem;
import vn.civic.feedback.ReportStatus;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.time.CivicTime;

/**
 * The leaders' feedback dashboard of the caller's agency scope (a ward sees itself, the city's People's Committee the
 * whole city): reports of a period by category, by responsible agency and by status, with Decision 766's on-time and
 * satisfaction rates; a map of the period's reports with the same reports as a table; and the figures as Excel and
 * CSV. A period that cannot be read comes back marked on its field; an agency outside the scope is not found.
 */
@Controller
@PreAuthorize(DashboardController.VIEW)
class DashboardController {

    static final String VIEW = "hasAuthority('WORKSPACE_ACCESS') and hasAuthority('FEEDBACK_DASHBOARD')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Reports placed on the map at most (the newest of the period). */
    static final int MAP_LIMIT = PublicReportFilter.MAX_LIMIT;

    private final FeedbackReports reports;
    private final FeedbackCategories categories;
    private final OrgDirectory org;
    private final DashboardExports exports;
    private final Clock clock;

    DashboardController(
            FeedbackReports reports,
            FeedbackCategories categories,
            OrgDirectory org,
            DashboardExports exports,
            Clock clock) {
        this.reports = reports;
        this.categories = categories;
        this.org = org;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/work/feedback/dashboard")
    String page(@ModelAttribute("filter") DashboardForm form, Model model, Locale locale) {
        form.defaults(today());
        model.addAttribute("agencies", agencies());
        model.addAttribute("categories", categories.active());
        model.addAttribute("columns", DashboardColumn.values());
        model.addAttribute("onTimeColumn", DashboardColumn.ON_TIME_RATE);
        model.addAttribute("satisfactionColumn", DashboardColumn.SATISFACTION_RATE);
        model.addAttribute("statuses", ReportStatus.values());
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        DashboardForm.Period period = form.period(errors);
        model.addAttribute("errors", errors);
        if (period == null) {
            return "feedback/work/dashboard";
        }
        DashboardFilter filter = filter(form, period);
        DashboardFigures figures = reports.dashboard(filter);
        model.addAttribute("figures", figures);
        model.addAttribute("period", period);
        List<QueueItem> rows = reports.exportRows(filter, MAP_LIMIT);
        model.addAttribute("map", DashboardMap.of(rows, located(rows), locale));
        model.addAttribute("mapTruncated", rows.size() >= MAP_LIMIT);
        return "feedback/work/dashboard";
    }

    @GetMapping("/work/feedback/dashboard.xlsx")
    ResponseEntity<byte[]> excel(@ModelAttribute("filter") DashboardForm form, Locale locale) {
        Export export = export(form);
        return file(
                exports.excel(export.figures(), export.rows(), scope(form, locale), export.period(), locale),
                XLSX,
                name(export.period(), "xlsx"));
    }

    @GetMapping("/work/feedback/dashboard.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("filter") DashboardForm form, Locale locale) {
        Export export = export(form);
        return file(exports.csv(export.figures(), locale), "text/csv;charset=UTF-8", name(export.period(), "csv"));
    }

    private record Export(DashboardForm.Period period, DashboardFigures figures, List<QueueItem> rows) {}

    private Export export(DashboardForm form) {
        form.defaults(today());
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        DashboardForm.Period period = form.period(errors);
        if (period == null) {
            throw new InvalidInputException(List.copyOf(errors.values()));
        }
        DashboardFilter filter = filter(form, period);
        return new Export(period, reports.dashboard(filter), reports.exportRows(filter, DashboardExports.MAX_ROWS));
    }

    private static DashboardFilter filter(DashboardForm form, DashboardForm.Period period) {
        return new DashboardFilter(
                StaffFeedbackController.startOf(period.first()),
                StaffFeedbackController.startOf(period.last().plusDays(1)),
                form.getAgency(),
                StaffFeedbackController.blankToNull(form.getCategory()));
    }

    /** The public view (with the point) of each row, by code, read in one query. */
    private Map<String, PublicReport> located(List<QueueItem> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> codes = rows.stream().map(QueueItem::code).toList();
        return reports
                .listPublic(PublicReportFilter.all().withCodes(codes).withPage(codes.size(), 0))
                .reports()
                .stream()
                .collect(Collectors.toMap(PublicReport::code, Function.identity(), (a, b) -> a));
    }

    /** The agencies of the caller's scope, by name. */
    private List<AgencyView> agencies() {
        Long own = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        if (own == null) {
            return List.of();
        }
        return org.agencyScope(own).stream()
                .map(org::findAgency)
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(AgencyView::name))
                .toList();
    }

    /** What the files' title names: the chosen agency, else the caller's. */
    private String scope(DashboardForm form, Locale locale) {
        Long id = form.getAgency() != null
                ? form.getAgency()
                : CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        return id == null
                ? ""
                : org.findAgency(id)
                        .map(a -> "en".equals(locale.getLanguage()) && a.nameEn() != null ? a.nameEn() : a.name())
                        .orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    private static String name(DashboardForm.Period period, String extension) {
        return "phan-anh-" + period.first() + "-" + period.last() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
