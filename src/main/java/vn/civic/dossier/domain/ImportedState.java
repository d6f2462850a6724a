package vn.civic.dossier.domain;

import java.time.Instant;
import java.util.List;
import vn.civic.dossier.DossierStatus;

/**
 * Where a dossier brought from another system stands: its national status, dates and progress entries as that system
 * recorded them (docs/decisions/0023).
 *
 * @param closedAt when it was refused, withdrawn or stopped (3, 7, 8); null otherwise
 * @param currentStepOrder the step an open dossier is at, or null for the default (reception while 1, the first
 *     processing step while 2, 4, 5 or 6, the return step while 9)
 */
public record ImportedState(
        DossierStatus status,
        Instant submittedAt,
        Instant acceptedAt,
        Instant dueAt,
        Instant finishedAt,
        Instant returnedAt,
        Instant closedAt,
        String closingReason,
        Integer currentStepOrder,
        List<Entry> history) {

    /** A progress entry as the other system recorded it. */
    public record Entry(
            Instant at, String actorName, String agencyName, String stepName, String action, String note, int status) {}
}
