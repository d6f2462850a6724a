package vn.civic.exchange.edxml;

/** What a package does to the document it carries (the trace header's business block, QCVN 102:2016). */
public enum TraceAction {
    NEW(0),
    REVOKE(1),
    UPDATE(2),
    REPLACE(3);

    private final int code;

    TraceAction(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The action of a code, or null when there is none. */
    public static TraceAction ofCode(int code) {
        for (TraceAction action : values()) {
            if (action.code == code) {
                return action;
            }
        }
        return null;
    }
}
