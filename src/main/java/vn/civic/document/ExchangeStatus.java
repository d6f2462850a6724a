package vn.civic.document;

/** The status of a document at a recipient, with its edXML status code (QCVN 102:2016, STANDARDS.md). */
public enum ExchangeStatus {
    ARRIVED("01"),
    REJECTED("02"),
    ACCEPTED("03"),
    AWAITING_ASSIGNMENT("04"),
    ASSIGNED("05"),
    FINISHED("06"),
    RECALLED("13"),
    RECALL_AGREED("15"),
    RECALL_REFUSED("16");

    private final String code;

    ExchangeStatus(String code) {
        this.code = code;
    }

    /** The two-digit edXML StatusCode. */
    public String code() {
        return code;
    }

    /** The status of an edXML StatusCode. */
    public static ExchangeStatus ofCode(String code) {
        for (ExchangeStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status code " + code);
    }
}
