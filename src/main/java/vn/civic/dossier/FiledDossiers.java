package vn.civic.dossier;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.DossierQueries.AttachmentContent;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.dossier.domain.FiledDossierQueries;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.FileStorage;

/**
 * Dossiers as other systems reach them through the interfaces, by dossier code. A client that filed dossiers for
 * applicants ({@code DOSSIER_FILE_ON_BEHALF}) reaches those it filed; an operator (an actor of an agency holding a
 * step privilege: receive, process or approve) reaches those that are or were at its agency, as on the staff pages.
 * Anything else is not found.
 */
@Service
@Transactional(readOnly = true)
public class FiledDossiers {

    /** The privileges of an operator working dossiers at steps of its agency. */
    static final Set<Privilege> OPERATOR =
            EnumSet.of(Privilege.DOSSIER_RECEIVE, Privilege.DOSSIER_PROCESS, Privilege.DOSSIER_APPROVE);

    private final Dossiers dossiers;
    private final FiledDossierQueries queries;
    private final DossierActors actors;
    private final DossierViews views;
    private final FileStorage storage;

    FiledDossiers(
            Dossiers dossiers,
            FiledDossierQueries queries,
            DossierActors actors,
            DossierViews views,
            FileStorage storage) {
        this.dossiers = dossiers;
        this.queries = queries;
        this.actors = actors;
        this.views = views;
        this.storage = storage;
    }

    /** A dossier the caller filed or, for an operator, one that is or was at its agency. */
    public DossierView get(String code) {
        return views.view(reachable(code));
    }

    /** The content of one of the dossier's files (submitted or result); the caller closes the stream. */
    public AttachmentContent open(String code, long attachmentId) {
        Dossier dossier = reachable(code);
        Attachment attachment = dossier.attachments().stream()
                .filter(a -> a.id() == attachmentId && a.storageKey() != null)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Attachment", attachmentId));
        InputStream content = storage.open(attachment.storageKey());
        return new AttachmentContent(attachment.fileName(), attachment.contentType(), attachment.size(), content);
    }

    /** Counts of decisions for the statistics, in the caller's reach; see {@link FiledDossierQueries}. */
    public DecisionCounts count(String procedure, String operator, Instant from, Instant to) {
        Actor actor = actors.actor();
        if (!CurrentActor.has(Privilege.DOSSIER_FILE_ON_BEHALF)
                && OPERATOR.stream().noneMatch(CurrentActor::has)) {
            throw new AccessDeniedException("Neither a filing client nor an operator");
        }
        long agencyId =
                actor.agencyId() != null && OPERATOR.stream().anyMatch(CurrentActor::has) ? actor.agencyId() : -1;
        String p = procedure == null || procedure.isBlank() ? null : procedure.strip();
        String o = operator == null || operator.isBlank() ? null : operator.strip();
        return new DecisionCounts(
                queries.decisions(actor.actorId(), agencyId, p, o, from, to).stream()
                        .map(d -> new DecisionCounts.Decision(
                                d.getStatus(), d.getFinishedAt() != null ? d.getFinishedAt() : d.getClosedAt()))
                        .toList(),
                queries.supplementRequests(actor.actorId(), agencyId, p, o, from, to));
    }

    /**
     * What the statistics count: each decision (status and when it was taken) and each supplement request.
     *
     * @param decisions dossiers finished (9, 10), refused (3), withdrawn (7) or stopped (8) in the period
     */
    public record DecisionCounts(List<Decision> decisions, List<Instant> supplementRequests) {

        public record Decision(DossierStatus status, Instant at) {}
    }

    private Dossier reachable(String code) {
        Actor actor = actors.actor();
        Dossier dossier =
                code == null ? null : dossiers.findByCode(code.strip()).orElse(null);
        if (dossier != null
                && CurrentActor.has(Privilege.DOSSIER_FILE_ON_BEHALF)
                && actor.actorId().equals(dossier.submittedBy())) {
            return dossier;
        }
        if (dossier != null
                && actor.agencyId() != null
                && OPERATOR.stream().anyMatch(CurrentActor::has)
                && dossiers.wasAt(dossier.id(), actor.agencyId())) {
            return dossier;
        }
        throw NotFoundException.of(DossierActors.OBJECT_TYPE, code);
    }
}
