package vn.civic.document.outgoing;

/** Where an outgoing document stands (decision 0027). */
public enum OutgoingStatus {
    /** Being written by its drafter; also after a step sent it back. */
    DRAFT,
    /** Chosen people are asked for their opinion by a deadline. */
    IN_CONSULTATION,
    /** At a REVIEW step (a department head). */
    IN_REVIEW,
    /** At an APPROVE step (a leader). */
    IN_APPROVAL,
    /** Every step approved; waits for the clerk to number, sign, seal and issue it. */
    APPROVED,
    /** Numbered, signed, sealed and sent to its recipients. */
    ISSUED,
    /** Issued, then recalled (thu hồi). */
    RECALLED;

    /** True while the drafter may still change its content and files. */
    public boolean editable() {
        return this == DRAFT || this == IN_CONSULTATION;
    }

    /** True once it has a number. */
    public boolean issued() {
        return this == ISSUED || this == RECALLED;
    }
}
