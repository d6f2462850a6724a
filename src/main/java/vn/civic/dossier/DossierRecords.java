package vn.civic.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * Dossiers read on the platform's own behalf, with no actor: for modules that tell people about them or report them
 * to other systems (notifications, the national-portal synchronisation). Never behind a page or an API: those go
 * through {@link DossierQueries}, which scopes to the caller.
 */
@Service
@Transactional(readOnly = true)
public class DossierRecords {

    private final Dossiers dossiers;
    private final DossierViews views;

    @PersistenceContext
    private EntityManager entityManager;

    DossierRecords(Dossiers dossiers, DossierViews views) {
        this.dossiers = dossiers;
        this.views = views;
    }

    /**
     * What a notice to the applicant names: the dossier's code, procedure, appointment and applicant's contact, and
     * the reason of its last supplement request. Reads the dossier row alone (the supplements only when there are).
     */
    public record NoticeFacts(
            long id,
            String code,
            String procedureName,
            Long applicantAccountId,
            String applicantEmail,
            String applicantPhone,
            Instant dueAt,
            String lastSupplementReason) {}

    /** The facts a notice about the dossier needs, without the whole dossier view. */
    public Optional<NoticeFacts> noticeFacts(long id) {
        return dossiers.findById(id)
                .map(d -> new NoticeFacts(
                        d.id(),
                        d.code(),
                        d.procedureName(),
                        d.applicantAccountId(),
                        d.applicantEmail(),
                        d.applicantPhone(),
                        d.dueAt(),
                        !d.supplements().isEmpty() ? d.supplements().getLast().reason() : null));
    }

    /** The dossier as its applicant and officials see it, with its applicant's contact details. */
    public Optional<DossierView> find(long id) {
        return dossiers.findById(id).map(views::view);
    }

    /**
     * Dossiers waiting for an official whose appointment (due date) is from {@code from} to before {@code until}, the
     * earliest first: those that fell due recently and those due soon.
     */
    public List<Deadline> dueBetween(Instant from, Instant until, int limit) {
        return entityManager
                .createQuery("""
                        select d.id, d.code, d.procedureName, d.dueAt, s.stepOrder, s.name, s.kind, s.agencyId,
                               d.currentAssigneeId
                        from Dossier d join d.steps s
                        where s.stepOrder = d.currentStepOrder and d.status in :waiting and d.dueAt >= :from and d.dueAt < :until
                        order by d.dueAt, d.id
                        """, Object[].class)
                .setParameter("waiting", DossierQueries.WAITING)
                .setParameter("from", from)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new Deadline(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Instant) r[3],
                        (Integer) r[4],
                        (String) r[5],
                        (StepKind) r[6],
                        (Long) r[7],
                        (Long) r[8],
                        DossierActors.STEP_PRIVILEGE.get((StepKind) r[6])))
                .toList();
    }

    /**
     * A dossier waiting at its current step, with its appointment.
     *
     * @param assigneeAccountId the official it is assigned to at this step, or null
     * @param privilege what an official of the step's agency needs to act at the step
     */
    public record Deadline(
            long dossierId,
            String code,
            String procedureName,
            Instant dueAt,
            int stepOrder,
            String stepName,
            StepKind stepKind,
            long agencyId,
            Long assigneeAccountId,
            Privilege privilege) {}
}
