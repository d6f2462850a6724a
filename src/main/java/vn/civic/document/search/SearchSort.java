package vn.civic.document.search;

/** The order of the results. */
public enum SearchSort {
    /** Newest document date first (the default). */
    DATE,
    /** Best match first among the newest matches (see decision 0029); by date when there are no words. */
    RELEVANCE
}
