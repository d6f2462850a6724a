package vn.civic.procedure;

/** Who may file (LoaiDoiTuong on the national portal: 1 citizen, 2 business). */
public enum ApplicantKind {
    CITIZEN(1),
    BUSINESS(2);

    private final int nationalCode;

    ApplicantKind(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
