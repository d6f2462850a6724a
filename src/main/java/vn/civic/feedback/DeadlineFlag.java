package vn.civic.feedback;

/** How a report stands against its current deadline (acknowledgement, then resolution). */
public enum DeadlineFlag {
    /** No deadline runs (answered, closed, merged, hidden). */
    NONE,
    ON_TIME,
    /** Fewer than {@code civic.feedback.due-soon-working-hours} working hours (urgent: minutes) left. */
    DUE_SOON,
    OVERDUE
}
