package vn.civic.document.register.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.document.register.DocumentRegisters;
import vn.civic.document.register.Register;
import vn.civic.document.register.RegisterColumn;
import vn.civic.document.register.RegisterExports;
import vn.civic.document.register.RegisterQuery;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.time.CivicTime;

/**
 * The incoming and outgoing registers of the official's agency (decision 0030): choose the register, the year and
 * filters; a page of entries with the columns of Decree 30/2020; the same register, with the same filters, printed as
 * PDF and exported to Excel. A filter that cannot be read comes back with its field marked.
 */
@Controller
@PreAuthorize(RegisterController.VIEW)
class RegisterController {

    static final String VIEW = "hasAnyAuthority('DOCUMENT_REGISTER', 'DOCUMENT_ASSIGN')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DocumentRegisters registers;
    private final RegisterExports exports;
    private final DocumentTypes types;
    private final Clock clock;

    RegisterController(DocumentRegisters registers, RegisterExports exports, DocumentTypes types, Clock clock) {
        this.registers = registers;
        this.exports = exports;
        this.types = types;
        this.clock = clock;
    }

    @GetMapping("/work/documents/registers")
    String page(@ModelAttribute("filter") Filter filter, Model model) {
        defaults(filter);
        model.addAttribute("types", types.all());
        try {
            RegisterQuery query = query(filter);
            model.addAttribute("result", registers.page(query, filter.pageNumber()));
            model.addAttribute("columns", RegisterColumn.of(query.kind()));
            model.addAttribute("titleKey", RegisterExports.titleKey(query));
        } catch (InvalidInputException e) {
            Map<String, FieldViolation> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
            model.addAttribute("errors", errors);
        }
        return "document/register/registers";
    }

    @GetMapping("/work/documents/registers.pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute("filter") Filter filter) {
        defaults(filter);
        Register register = registers.register(query(filter));
        return file(exports.pdf(register), MediaType.APPLICATION_PDF_VALUE, register.fileName() + ".pdf", true);
    }

    @GetMapping("/work/documents/registers.xlsx")
    ResponseEntity<byte[]> excel(@ModelAttribute("filter") Filter filter) {
        defaults(filter);
        Register register = registers.register(query(filter));
        return file(exports.excel(register), XLSX, register.fileName() + ".xlsx", false);
    }

    private void defaults(Filter filter) {
        if (filter.register == null || filter.register.isBlank()) {
            filter.register = "incoming";
        }
        if (filter.year == null || filter.year.isBlank()) {
            filter.year =
                    String.valueOf(LocalDate.now(clock.withZone(CivicTime.ZONE)).getYear());
        }
    }

    /** The register and filters the form names, or every field that cannot be read. */
    private RegisterQuery query(Filter filter) {
        List<FieldViolation> violations = new ArrayList<>();
        DocumentKind kind = switch (filter.register.strip()) {
            case "incoming" -> DocumentKind.INCOMING;
            case "outgoing" -> DocumentKind.OUTGOING;
            default -> {
                violations.add(FieldViolation.of("register", "invalid"));
                yield DocumentKind.INCOMING;
            }
        };
        Long year = number(filter.year, "year", violations);
        if (year != null && (year < 2000 || year > 2100)) {
            violations.add(FieldViolation.of("year", "invalid"));
        }
        LocalDate from = day(filter.from, "from", violations);
        LocalDate to = day(filter.to, "to", violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(FieldViolation.of("to", "invalid"));
        }
        Long numberFrom = number(filter.numberFrom, "numberFrom", violations);
        Long numberTo = number(filter.numberTo, "numberTo", violations);
        String type = blankToNull(filter.type);
        if (type != null && types.find(type).isEmpty()) {
            violations.add(FieldViolation.of("type", "invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RegisterQuery(
                kind,
                year.intValue(),
                filter.confidential,
                from,
                to,
                numberFrom,
                numberTo,
                type,
                blankToNull(filter.party),
                blankToNull(filter.summary));
    }

    private static Long number(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0) {
                violations.add(FieldViolation.of(field, "invalid"));
            }
            return number;
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of(field, "type_mismatch"));
            return null;
        }
    }

    private static LocalDate day(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(field, "type_mismatch"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String fileName, boolean inline) {
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /** The form as the page sends it: {@code register} incoming or outgoing, dates yyyy-MM-dd, a page from 0. */
    public static class Filter {
        private String register;
        private String year;
        private boolean confidential;
        private String from;
        private String to;
        private String numberFrom;
        private String numberTo;
        private String type;
        private String party;
        private String summary;
        private String page;

        public String getRegister() {
            return register;
        }

        public void setRegister(String register) {
            this.register = register;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public boolean isConfidential() {
            return confidential;
        }

        public void setConfidential(boolean confidential) {
            this.confidential = confidential;
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

        public String getNumberFrom() {
            return numberFrom;
        }

        public void setNumberFrom(String numberFrom) {
            this.numberFrom = numberFrom;
        }

        public String getNumberTo() {
            return numberTo;
        }

        public void setNumberTo(String numberTo) {
            this.numberTo = numberTo;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getParty() {
            return party;
        }

        public void setParty(String party) {
            this.party = party;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getPage() {
            return page;
        }

        public void setPage(String page) {
            this.page = page;
        }

        int pageNumber() {
            try {
                return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** The same register and filters as a query string, for the print and export links and the pages. */
        public String query() {
            return query(null);
        }

        /** The query string of another page of the same register. */
        public String query(Integer otherPage) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("register", register);
            values.put("year", year);
            values.put("confidential", confidential ? "true" : null);
            values.put("from", from);
            values.put("to", to);
            values.put("numberFrom", numberFrom);
            values.put("numberTo", numberTo);
            values.put("type", type);
            values.put("party", party);
            values.put("summary", summary);
            values.put("page", otherPage);
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            values.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    b.queryParam(k, v);
                }
            });
            return b.build().encode().toUriString();
        }
    }
}
