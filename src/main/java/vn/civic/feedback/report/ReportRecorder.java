package vn.civic.feedback.report;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.civic.feedback.ReportStatus;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;

/**
 * Saves what a transition of a {@link Report} left pending, in the caller's transaction: the row, one history entry
 * per step (with its public words), one audit entry per step, and the events (the Modulith event registry keeps them
 * with the transaction).
 */
@Component
class ReportRecorder {

    static final String OBJECT_TYPE = "FeedbackReport";

    private final Reports reports;
    private final PublicTexts texts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ReportRecorder(Reports reports, PublicTexts texts, AuditLog audit, ApplicationEventPublisher events) {
        this.reports = reports;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
    }

    /** Writes a changed report (inserted already when new) and what its transitions registered. */
    void save(Report report, ReportStatus before, Instant at) {
        reports.update(report);
        flush(report, before, at);
    }

    /** Writes the history, audit and events of a report just inserted. */
    void flush(Report report, ReportStatus before, Instant at) {
        Actor actor = CurrentActor.get().orElse(null);
        String actorId = actor == null ? null : actor.actorId();
        String actorName = actor == null ? null : actor.displayName();
        for (Report.Change change : report.changes()) {
            String publicText = change.publicKey() == null
                    ? null
                    : texts.text(change.publicKey(), change.publicArgs().toArray());
            reports.insertHistory(
                    report.id, at, change, actorId, actorName, report.agencyId, report.agencyName, publicText);
            audit.record(AuditRecord.change(
                    "feedback." + change.action(),
                    OBJECT_TYPE,
                    report.code,
                    before == null ? null : before.name(),
                    summary(report, change)));
        }
        report.events().forEach(events::publishEvent);
        report.clearPending();
    }

    /** An audit entry for a change that is not a step of the report (a follower). */
    void audit(String action, Report report, String after) {
        audit.record(AuditRecord.change(action, OBJECT_TYPE, report.code, null, after));
    }

    private static String summary(Report report, Report.Change change) {
        StringBuilder s = new StringBuilder(change.statusAfter().name())
                .append(" at agency ")
                .append(report.agencyId);
        if (change.note() != null) {
            s.append(": ").append(change.note().length() > 200 ? change.note().substring(0, 200) : change.note());
        }
        return s.toString();
    }
}
