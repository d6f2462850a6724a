package vn.civic.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.domain.Draft;
import vn.civic.dossier.domain.Drafts;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.procedure.FormData;

/**
 * The signed-in applicant's unfinished forms, one per procedure, to resume later. Files are not kept with a draft;
 * submitting the procedure online removes its draft.
 */
@Service
public class DossierDrafts {

    private final Drafts drafts;
    private final DossierActors actors;
    private final DossierViews views;
    private final AuditLog audit;
    private final Clock clock;

    DossierDrafts(Drafts drafts, DossierActors actors, DossierViews views, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.actors = actors;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the applicant entered for a procedure, and when it was saved. */
    public record DraftView(String procedureCode, FormData data, Instant savedAt) {}

    @Transactional
    public DraftView save(String procedureCode, FormData data) {
        long accountId = actors.applicantAccountId();
        Draft draft = drafts.findByOwnerAccountIdAndProcedureCode(accountId, procedureCode)
                .orElseGet(() -> new Draft(accountId, procedureCode));
        draft.save(views.toJson(data), clock.instant());
        drafts.saveAndFlush(draft);
        audit.record(AuditRecord.change("dossier.draft_saved", "DossierDraft", draft.id(), null, procedureCode));
        return new DraftView(procedureCode, data, draft.updatedAt());
    }

    @Transactional(readOnly = true)
    public Optional<DraftView> find(String procedureCode) {
        long accountId = actors.applicantAccountId();
        return drafts.findByOwnerAccountIdAndProcedureCode(accountId, procedureCode)
                .map(d -> new DraftView(d.procedureCode(), views.fromJson(d.formData()), d.updatedAt()));
    }

    @Transactional
    public void discard(String procedureCode) {
        long accountId = actors.applicantAccountId();
        drafts.findByOwnerAccountIdAndProcedureCode(accountId, procedureCode).ifPresent(d -> {
            drafts.delete(d);
            audit.record(AuditRecord.change("dossier.draft_discarded", "DossierDraft", d.id(), procedureCode, null));
        });
    }
}
