package vn.civic.document.incoming;

/** The tabs of the incoming documents' list. */
public enum IncomingTab {
    /** Arrived through the exchange, awaiting registration (clerks). */
    RECEIVED,
    /** Registered, awaiting assignment. */
    TO_ASSIGN,
    /** The caller's own open parts. */
    MINE,
    /** Every document of the agency the caller may read. */
    ALL,
    /** Assigned documents with a part past its deadline. */
    OVERDUE
}
