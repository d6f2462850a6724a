package vn.civic.document.search;

import java.util.List;

/**
 * A page of results and how many documents match in all.
 *
 * @param total the number of matching documents the caller may read, at most {@link DocumentSearch#COUNT_CAP}
 * @param moreThanTotal true when more than {@code total} match (the count stopped at the cap)
 */
public record SearchResults(List<SearchHit> hits, long total, boolean moreThanTotal, int page, int size) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(SearchQuery query) {
        return new SearchResults(List.of(), 0, false, query.page(), query.size());
    }

    /** Pages a reader may go through: the count up to the cap. */
    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
