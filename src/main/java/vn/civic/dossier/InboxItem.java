package vn.civic.dossier;

import java.time.Duration;

/**
 * A dossier waiting for an official.
 *
 * @param remainingWorkingTime working time left until the due date; negative when overdue
 */
public record InboxItem(DossierSummary dossier, Duration remainingWorkingTime, Urgency urgency) {

    public enum Urgency {
        NORMAL,
        /** At most {@code civic.dossier.due-soon-working-days} left. */
        DUE_SOON,
        OVERDUE
    }
}
