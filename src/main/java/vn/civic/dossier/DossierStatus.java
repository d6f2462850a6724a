package vn.civic.dossier;

/** The national portal's dossier statuses (TrangThaiHoSo), with their codes 1–10. */
public enum DossierStatus {
    /** Mới đăng ký: filed online, waiting for the one-stop counter. */
    NEW(1),
    /** Được tiếp nhận. */
    ACCEPTED(2),
    /** Không được tiếp nhận: refused at reception, with a reason. */
    NOT_ACCEPTED(3),
    /** Đang xử lý. */
    PROCESSING(4),
    /** Yêu cầu bổ sung: waiting for the applicant; the clock is stopped. */
    SUPPLEMENT_REQUESTED(5),
    /** Yêu cầu thực hiện nghĩa vụ tài chính: not used yet (payments come later). */
    PAYMENT_REQUESTED(6),
    /** Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN(7),
    /** Dừng xử lý, with a reason. */
    STOPPED(8),
    /** Đã xử lý xong: the result is ready. */
    FINISHED(9),
    /** Đã trả kết quả. */
    RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DossierStatus ofCode(int code) {
        for (DossierStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("No dossier status " + code);
    }

    /** True when the applicant may still withdraw the dossier (before it is finished). */
    public boolean withdrawable() {
        return this == NEW
                || this == ACCEPTED
                || this == PROCESSING
                || this == SUPPLEMENT_REQUESTED
                || this == PAYMENT_REQUESTED;
    }

    /** True when nothing more happens to the dossier but a rating. */
    public boolean closed() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }
}
