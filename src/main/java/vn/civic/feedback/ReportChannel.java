package vn.civic.feedback;

/** How a report reached Civic. */
public enum ReportChannel {
    /** Civic's own pages. */
    WEB,
    /** An Open311 GeoReport v2 client (with an API key). */
    OPEN311,
    /** The chat-app channel (a Zalo-style official account). */
    CHAT,
    /** Taken down by staff at a counter or on the phone. */
    COUNTER
}
