package vn.civic.document.search;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the document search; messages are {@code error.<code>} in {@code i18n/document-search}. */
public enum SearchError implements ErrorCode {
    /** The query text (or a filter's text) is longer than the search takes. */
    QUERY_TOO_LONG("document_search_query_too_long", HttpStatus.BAD_REQUEST),
    /** A date is not a calendar date (yyyy-MM-dd). */
    DATE_INVALID("document_search_date_invalid", HttpStatus.BAD_REQUEST),
    /** The date range ends before it starts. */
    DATE_RANGE_INVALID("document_search_date_range_invalid", HttpStatus.BAD_REQUEST),
    /** The page is negative, beyond the results, or beyond the first results a search pages through. */
    PAGE_OUT_OF_RANGE("document_search_page_out_of_range", HttpStatus.BAD_REQUEST),
    /** The register is neither incoming nor outgoing. */
    KIND_UNKNOWN("document_search_kind_unknown", HttpStatus.BAD_REQUEST),
    /** No document type of that code. */
    TYPE_UNKNOWN("document_search_type_unknown", HttpStatus.BAD_REQUEST),
    /** The status is not a status name. */
    STATUS_INVALID("document_search_status_invalid", HttpStatus.BAD_REQUEST),
    /** The handler's account id is not a number. */
    HANDLER_INVALID("document_search_handler_invalid", HttpStatus.BAD_REQUEST),
    /** The order is neither by date nor by relevance. */
    SORT_UNKNOWN("document_search_sort_unknown", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    SearchError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
