package vn.civic.feedback.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.platform.error.FieldViolation;

/**
 * The leader dashboard's filter as the page's GET form sends it: a period of whole days in Vietnam ({@code from} and
 * {@code to}, both included, {@code yyyy-MM-dd}), an agency of the caller's scope and a category, both optional.
 */
public class DashboardForm {

    /** The longest period the dashboard counts. */
    static final int MAX_DAYS = 3660;

    private String from;
    private String to;
    private Long agency;
    private String category;

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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** Fills an empty period with the current month up to today. */
    void defaults(LocalDate today) {
        if (from == null || from.isBlank()) {
            from = today.withDayOfMonth(1).toString();
        }
        if (to == null || to.isBlank()) {
            to = today.toString();
        }
    }

    /** The period's days, or the fields that cannot be read. */
    Period period(Map<String, FieldViolation> errors) {
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.put("to", new FieldViolation("to", "date_range", "feedback.work.validation.date-range"));
            } else if (first.plusDays(MAX_DAYS).isBefore(last)) {
                errors.put(
                        "to",
                        new FieldViolation("to", "period_too_long", "feedback.work.validation.period-too-long", 10));
            }
        }
        return errors.isEmpty() ? new Period(first, last) : null;
    }

    private static LocalDate date(String field, String value, Map<String, FieldViolation> errors) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, new FieldViolation(field, "date_invalid", "feedback.work.validation.date"));
            return null;
        }
    }

    /** The same filter as a query string, for the export links. */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("agency", agency);
        values.put("category", category);
        values.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.build().encode().toUriString();
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record Period(LocalDate first, LocalDate last) {}
}
