package vn.civic.procedure;

/** Online service level under Decree 42/2022: only these two remain. */
public enum ServiceLevel {
    /** Toàn trình: filed, processed, paid and returned entirely online. */
    FULLY_ONLINE,
    /** Một phần: some steps (submitting originals, collecting the result) happen in person. */
    PARTLY_ONLINE
}
