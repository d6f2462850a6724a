package vn.civic.document;

/** Độ khẩn, with the edXML {@code OtherInfo/Priority} code of each (QCVN 102:2016). */
public enum Urgency {
    NORMAL(0),
    URGENT(1),
    VERY_URGENT(2),
    FLASH(3),
    FLASH_SCHEDULED(4);

    private final int code;

    Urgency(int code) {
        this.code = code;
    }

    /** The edXML Priority code. */
    public int code() {
        return code;
    }

    /** The urgency of an edXML Priority code. */
    public static Urgency ofCode(int code) {
        for (Urgency u : values()) {
            if (u.code == code) {
                return u;
            }
        }
        throw new IllegalArgumentException("Unknown priority " + code);
    }
}
