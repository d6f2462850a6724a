package vn.civic.procedure;

/** How a dossier reaches the agency; the national portal's codes (HinhThuc / cách thức thực hiện). */
public enum Channel {
    IN_PERSON(1),
    ONLINE(2),
    POST(3);

    private final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
