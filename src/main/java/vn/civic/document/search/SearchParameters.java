package vn.civic.document.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.text.SearchText;

/**
 * The search as the page's form and the API send it, every value as text so that nothing fails before the rules
 * below can name the field: {@code q} words, {@code kind} INCOMING|OUTGOING, {@code type} a document type code,
 * {@code from}/{@code to} yyyy-MM-dd, {@code sender} and {@code handler} words of a name, {@code handlerId} an account
 * id, {@code status}, {@code sort} DATE|RELEVANCE, {@code page} from 0, {@code size} 1–100.
 */
public record SearchParameters(
        String q,
        String kind,
        String type,
        String from,
        String to,
        String sender,
        String handler,
        String handlerId,
        String status,
        String sort,
        String page,
        String size) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_WORDS = 16;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static SearchParameters empty() {
        return new SearchParameters(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The checked query; every rejected field at once otherwise (400 with each field's code). */
    public SearchQuery toQuery(DocumentTypes types) {
        List<FieldViolation> violations = new ArrayList<>();
        SearchTerms terms = SearchTerms.parse(q);
        if ((q != null && q.length() > MAX_TEXT) || terms.wordCount() > MAX_WORDS) {
            violations.add(violation("q", SearchError.QUERY_TOO_LONG, MAX_TEXT, MAX_WORDS));
        }
        DocumentKind documentKind = null;
        if (present(kind)) {
            try {
                documentKind = DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(violation("kind", SearchError.KIND_UNKNOWN));
            }
        }
        String typeCode = null;
        if (present(type)) {
            typeCode = type.strip().toUpperCase(Locale.ROOT);
            if (types.find(typeCode).isEmpty()) {
                violations.add(violation("type", SearchError.TYPE_UNKNOWN));
            }
        }
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            violations.add(violation("to", SearchError.DATE_RANGE_INVALID));
        }
        String senderText = text("sender", sender, violations);
        String handlerText = text("handler", handler, violations);
        Long handlerAccount = null;
        if (present(handlerId)) {
            try {
                handlerAccount = Long.parseLong(handlerId.strip());
            } catch (NumberFormatException e) {
                violations.add(violation("handlerId", SearchError.HANDLER_INVALID));
            }
        }
        String statusName = null;
        if (present(status)) {
            statusName = status.strip().toUpperCase(Locale.ROOT);
            if (!statusName.matches("[A-Z_]{1,20}")) {
                violations.add(violation("status", SearchError.STATUS_INVALID));
            }
        }
        SearchSort order = SearchSort.DATE;
        if (present(sort)) {
            try {
                order = SearchSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(violation("sort", SearchError.SORT_UNKNOWN));
            }
        }
        int pageSize = number(size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(violation("size", SearchError.PAGE_OUT_OF_RANGE, DocumentSearch.COUNT_CAP));
            pageSize = DEFAULT_SIZE;
        }
        int pageNumber = number(page, 0);
        if (pageNumber < 0 || (long) pageNumber * pageSize >= DocumentSearch.COUNT_CAP) {
            violations.add(violation("page", SearchError.PAGE_OUT_OF_RANGE, DocumentSearch.COUNT_CAP));
        }
        if (!violations.isEmpty()) {
            FieldViolation first = violations.getFirst();
            throw new InvalidInputException(errorOf(first.code()), violations, first.args());
        }
        return new SearchQuery(
                terms,
                documentKind,
                typeCode,
                fromDate,
                toDate,
                senderText,
                handlerText,
                handlerAccount,
                statusName,
                order,
                pageNumber,
                pageSize);
    }

    /** The same search on another page, as a query string for links ({@code ?q=...&page=2}). */
    public String query(Integer otherPage) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("kind", kind);
        values.put("type", type);
        values.put("from", from);
        values.put("to", to);
        values.put("sender", sender);
        values.put("handler", handler);
        values.put("handlerId", handlerId);
        values.put("status", status);
        values.put("sort", sort);
        values.put("size", size);
        values.forEach((k, v) -> {
            if (present(v)) {
                b.queryParam(k, v.strip());
            }
        });
        if (otherPage != null && otherPage > 0) {
            b.queryParam("page", otherPage);
        }
        return b.build().encode().toUriString();
    }

    private static SearchError errorOf(String code) {
        for (SearchError e : SearchError.values()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalStateException(code);
    }

    private static FieldViolation violation(String field, SearchError error, Object... args) {
        return new FieldViolation(field, error.code(), error.messageKey(), args);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate date(String field, String value, List<FieldViolation> violations) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(violation(field, SearchError.DATE_INVALID));
            return null;
        }
    }

    private static String text(String field, String value, List<FieldViolation> violations) {
        if (!present(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            violations.add(violation(field, SearchError.QUERY_TOO_LONG, MAX_TEXT, MAX_WORDS));
            return null;
        }
        String folded = SearchText.fold(value);
        return folded.isEmpty() ? null : folded;
    }

    private static int number(String value, int otherwise) {
        if (!present(value)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
