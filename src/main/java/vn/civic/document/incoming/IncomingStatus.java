package vn.civic.document.incoming;

/** Where an incoming document stands (decision 0026). */
public enum IncomingStatus {
    /** Arrived through the exchange, awaiting a clerk to register or return it. */
    RECEIVED,
    /** In the register with its incoming number, awaiting a leader's assignment. */
    REGISTERED,
    /** Assigned; handlers at work. */
    IN_PROGRESS,
    /** The lead handler finished: handling is over. */
    CLOSED,
    /** Returned to the sender through the exchange (status 02). */
    RETURNED,
    /** The sender recalled it and the clerk agreed (status 15). */
    RECALLED
}
