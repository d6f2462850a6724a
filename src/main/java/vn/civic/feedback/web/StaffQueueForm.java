package vn.civic.feedback.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.feedback.DeadlineFlag;
import vn.civic.feedback.ReportStatus;
import vn.civic.platform.error.FieldViolation;

/**
 * The staff queue's filter as the page's GET form sends it. Dates are read here ({@code yyyy-MM-dd}, days in Vietnam);
 * a value that cannot be read is a violation on its field, never a failed page.
 */
public class StaffQueueForm {

    private List<String> status = new ArrayList<>();
    private String category;
    private Long unit;
    private String flag;
    private String handler;
    private String from;
    private String to;
    private String q;
    private int page;

    /** The handler filter's value for "my reports". */
    static final String MINE = "mine";

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The statuses asked for; unknown names are ignored. */
    Set<ReportStatus> statuses() {
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String s : status) {
            for (ReportStatus known : ReportStatus.values()) {
                if (known.name().equals(s)) {
                    statuses.add(known);
                }
            }
        }
        return statuses;
    }

    /** Due soon or overdue, or null for any. */
    DeadlineFlag deadlineFlag() {
        if (DeadlineFlag.DUE_SOON.name().equals(flag)) {
            return DeadlineFlag.DUE_SOON;
        }
        return DeadlineFlag.OVERDUE.name().equals(flag) ? DeadlineFlag.OVERDUE : null;
    }

    boolean mine() {
        return MINE.equals(handler);
    }

    /** The handler's account id, when one (not "mine") is chosen. */
    Long handlerAccountId() {
        if (handler == null || handler.isBlank() || mine()) {
            return null;
        }
        try {
            return Long.parseLong(handler.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LocalDate fromDate(List<FieldViolation> violations) {
        return date("from", from, violations);
    }

    LocalDate toDate(List<FieldViolation> violations) {
        return date("to", to, violations);
    }

    private static LocalDate date(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "date_invalid", "feedback.work.validation.date"));
            return null;
        }
    }

    /** The same filter as a query string (without the page), for the paging links. */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        status.forEach(s -> b.queryParam("status", s));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("category", category);
        values.put("unit", unit);
        values.put("flag", flag);
        values.put("handler", handler);
        values.put("from", from);
        values.put("to", to);
        values.put("q", q);
        values.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.build().encode().toUriString();
    }

    /** The address of a page of the queue with this filter. */
    public String pageAddress(String path, int number) {
        String query = query();
        return path + (query.isEmpty() ? "?" : query + "&") + "page=" + number;
    }
}
