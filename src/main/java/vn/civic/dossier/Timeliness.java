package vn.civic.dossier;

/** Trước hạn / đúng hạn / trễ hạn: computed when a dossier is finished, from its due date; never entered. */
public enum Timeliness {
    /** Finished on a day before the due date. */
    EARLY,
    /** Finished on the due date, by the due time. */
    ON_TIME,
    /** Finished after the due time. */
    LATE
}
