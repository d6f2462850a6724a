package vn.civic.document.search;

import java.time.LocalDate;
import vn.civic.document.DocumentKind;

/**
 * A checked search: the words and the filters, each null when not asked for.
 *
 * @param terms the words of the query text (may be empty: filters only)
 * @param sender words the sender (author of an incoming document, issuer of an outgoing one) contains
 * @param handlerName words the names of the handlers contain
 * @param handlerAccountId the account named on the document (assigned, drafter, signer, ...)
 * @param page zero-based page of {@code size} results
 */
public record SearchQuery(
        SearchTerms terms,
        DocumentKind kind,
        String typeCode,
        LocalDate from,
        LocalDate to,
        String sender,
        String handlerName,
        Long handlerAccountId,
        String status,
        SearchSort sort,
        int page,
        int size) {

    public static SearchQuery text(String text) {
        return new SearchQuery(
                SearchTerms.parse(text), null, null, null, null, null, null, null, null, SearchSort.DATE, 0, 20);
    }

    public int offset() {
        return page * size;
    }
}
