package vn.civic.dossier;

import java.time.Instant;
import java.util.List;

/** What public tracking by code shows: no personal data, only the procedure, the status, dates and steps. */
public record TrackingView(
        String code,
        String procedureName,
        DossierStatus status,
        Instant submittedAt,
        Instant acceptedAt,
        Instant dueAt,
        Instant finishedAt,
        Instant returnedAt,
        List<TrackedStep> steps) {

    public record TrackedStep(int order, String name, Instant startedAt, Instant finishedAt) {}
}
