package vn.civic.dossier.web.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.dossier.DossierStatistics;
import vn.civic.dossier.DossierStatistics.AgencyOption;
import vn.civic.dossier.DossierStatistics.Report;
import vn.civic.dossier.StatisticsPeriod;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.time.CivicTime;

/**
 * The dossier statistics of the official's agency scope: filters (period, agency, procedure), the tables by agency and
 * by procedure, two server-drawn SVG charts, and the same figures as Excel and CSV. A period that cannot be read comes
 * back with its field marked; an agency outside the scope is not found.
 */
@Controller
@PreAuthorize(StatisticsController.VIEW)
class StatisticsController {

    static final String VIEW = "hasAuthority('WORKSPACE_ACCESS') and hasAuthority('STATISTICS_VIEW')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DossierStatistics statistics;
    private final StatisticsExports exports;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsController(DossierStatistics statistics, StatisticsExports exports, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The filter as the page's form sends it: the kind of period, then the fields of that kind ({@code month}
     * yyyy-MM; {@code year} and {@code quarter}; {@code year}; {@code from} and {@code to} yyyy-MM-dd).
     */
    public static final class Filter {
        private String period;
        private String month;
        private String quarter;
        private String year;
        private String from;
        private String to;
        private Long agency;
        private String procedure;

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getMonth() {
            return month;
        }

        public void setMonth(String month) {
            this.month = month;
        }

        public String getQuarter() {
            return quarter;
        }

        public void setQuarter(String quarter) {
            this.quarter = quarter;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public Long getAgency() {
            return agency;
        }

        public void setAgency(Long agency) {
            this.agency = agency;
        }

        public String getProcedure() {
            return procedure;
        }

        public void setProcedure(String procedure) {
            this.procedure = procedure;
        }

        /** The same filter as a query string, for the export links. */
        public String query() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("period", period);
            values.put("month", month);
            values.put("quarter", quarter);
            values.put("year", year);
            values.put("from", from);
            values.put("to", to);
            values.put("agency", agency);
            values.put("procedure", procedure);
            values.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    b.queryParam(k, v);
                }
            });
            return b.build().encode().toUriString();
        }
    }

    @GetMapping("/work/statistics")
    String page(@ModelAttribute("filter") Filter filter, Model model, Locale locale) {
        defaults(filter);
        model.addAttribute("agencies", statistics.agencies());
        model.addAttribute("columns", StatisticsColumn.values());
        model.addAttribute("groups", StatisticsColumn.Group.values());
        model.addAttribute("periodKinds", StatisticsPeriod.Kind.values());
        try {
            Report report = statistics.report(query(filter));
            model.addAttribute("report", report);
            model.addAttribute("periodText", periodText(report.period(), messages, locale));
            model.addAttribute("charts", StatisticsCharts.of(report));
        } catch (InvalidInputException e) {
            Map<String, FieldViolation> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
            model.addAttribute("errors", errors);
        }
        return "dossier/staff/statistics";
    }

    @GetMapping("/work/statistics.xlsx")
    ResponseEntity<byte[]> excel(@ModelAttribute("filter") Filter filter, Locale locale) {
        defaults(filter);
        Report report = statistics.report(query(filter));
        return file(exports.excel(report, scope(report, locale), locale), XLSX, name(report, "xlsx"));
    }

    @GetMapping("/work/statistics.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("filter") Filter filter, Locale locale) {
        defaults(filter);
        Report report = statistics.report(query(filter));
        return file(exports.csv(report, locale), "text/csv;charset=UTF-8", name(report, "csv"));
    }

    private void defaults(Filter filter) {
        YearMonth current = YearMonth.now(clock.withZone(CivicTime.ZONE));
        if (filter.period == null || filter.period.isBlank()) {
            filter.period = StatisticsPeriod.Kind.MONTH.name();
        }
        if (filter.month == null || filter.month.isBlank()) {
            filter.month = current.toString();
        }
        if (filter.year == null || filter.year.isBlank()) {
            filter.year = String.valueOf(current.getYear());
        }
        if (filter.quarter == null || filter.quarter.isBlank()) {
            filter.quarter = String.valueOf((current.getMonthValue() - 1) / 3 + 1);
        }
    }

    /** The period the filter names, or the fields that cannot be read. */
    static DossierStatistics.Query query(Filter filter) {
        StatisticsPeriod period;
        StatisticsPeriod.Kind kind;
        try {
            kind = StatisticsPeriod.Kind.valueOf(filter.period);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("period", "invalid");
        }
        try {
            period = switch (kind) {
                case MONTH -> StatisticsPeriod.month(YearMonth.parse(filter.month.strip()));
                case QUARTER -> {
                    int quarter = Integer.parseInt(filter.quarter.strip());
                    if (quarter < 1 || quarter > 4) {
                        throw InvalidInputException.field("quarter", "invalid");
                    }
                    yield StatisticsPeriod.quarter(year(filter), quarter);
                }
                case YEAR -> StatisticsPeriod.year(year(filter));
                case RANGE -> range(filter);
            };
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            throw InvalidInputException.field(
                    switch (kind) {
                        case MONTH -> "month";
                        case QUARTER -> "quarter";
                        case YEAR -> "year";
                        case RANGE -> filter.from == null || filter.from.isBlank() ? "from" : "to";
                    },
                    "type_mismatch");
        }
        return new DossierStatistics.Query(period, filter.agency, filter.procedure);
    }

    private static int year(Filter filter) {
        try {
            int year = Integer.parseInt(filter.year.strip());
            if (year < 2000 || year > 2100) {
                throw InvalidInputException.field("year", "invalid");
            }
            return year;
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.field("year", "type_mismatch");
        }
    }

    private static StatisticsPeriod range(Filter filter) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(filter.from.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.field("from", "type_mismatch");
        }
        try {
            to = LocalDate.parse(filter.to.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.field("to", "type_mismatch");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= StatisticsPeriod.MAX_DAYS) {
            throw new InvalidInputException(
                    java.util.List.of(new FieldViolation("to", "statistics_range", "dossier.statistics.error.range")));
        }
        return StatisticsPeriod.range(from, to);
    }

    /** "Tháng 11/2026", "Quý 4/2026", "Năm 2026", "Từ 01/11/2026 đến 15/11/2026". */
    static String periodText(StatisticsPeriod period, MessageSource messages, Locale locale) {
        return switch (period.kind()) {
            case MONTH ->
                messages.getMessage(
                        "dossier.statistics.period.month-text",
                        new Object[] {
                            period.from().getMonthValue(),
                            String.valueOf(period.from().getYear())
                        },
                        locale);
            case QUARTER ->
                messages.getMessage(
                        "dossier.statistics.period.quarter-text",
                        new Object[] {
                            (period.from().getMonthValue() - 1) / 3 + 1,
                            String.valueOf(period.from().getYear())
                        },
                        locale);
            case YEAR ->
                messages.getMessage(
                        "dossier.statistics.period.year-text",
                        new Object[] {String.valueOf(period.from().getYear())},
                        locale);
            case RANGE ->
                messages.getMessage(
                        "dossier.statistics.period.range-text",
                        new Object[] {CivicTime.DATE.format(period.from()), CivicTime.DATE.format(period.to())},
                        locale);
        };
    }

    private String scope(Report report, Locale locale) {
        long id = report.agencyId() != null
                ? report.agencyId()
                : CurrentActor.get().map(Actor::agencyId).orElse(-1L);
        return statistics.agencies().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .map(AgencyOption::name)
                .map(name -> messages.getMessage("dossier.statistics.scope", new Object[] {name}, locale))
                .orElse("");
    }

    private static String name(Report report, String extension) {
        return "thong-ke-ho-so-" + report.period().from() + "-"
                + report.period().to() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
