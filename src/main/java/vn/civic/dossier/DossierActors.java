package vn.civic.dossier;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * Who acts and what they may reach: an applicant reaches only their own dossiers, an official only those that are or
 * were at their agency, and acts only at a step of their agency with the privilege the step's kind needs. Out of
 * reach answers "not found", never "forbidden".
 */
@Component
class DossierActors {

    static final String OBJECT_TYPE = "Dossier";

    /** The privilege an official needs to act at a step of each kind. */
    static final Map<StepKind, Privilege> STEP_PRIVILEGE = Map.of(
            StepKind.RECEIVE, Privilege.DOSSIER_RECEIVE,
            StepKind.PROCESS, Privilege.DOSSIER_PROCESS,
            StepKind.APPROVE, Privilege.DOSSIER_APPROVE,
            StepKind.RETURN, Privilege.DOSSIER_RECEIVE);

    private final Dossiers dossiers;
    private final OrgDirectory org;
    private final Clock clock;

    DossierActors(Dossiers dossiers, OrgDirectory org, Clock clock) {
        this.dossiers = dossiers;
        this.org = org;
        this.clock = clock;
    }

    Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new AccessDeniedException("No actor"));
    }

    static void require(Privilege privilege) {
        if (!CurrentActor.has(privilege)) {
            throw new AccessDeniedException("Missing " + privilege);
        }
    }

    /** The account of a signed-in person ({@code account:42}), or -1 for another kind of actor. */
    static long accountId(Actor actor) {
        return accountId(actor.actorId());
    }

    /** The account of an actor id ({@code account:42}), or -1 for another kind of actor. */
    static long accountId(String id) {
        return Actor.accountId(id).orElse(-1L);
    }

    /** The signed-in applicant's account; refused for staff and machines. */
    long applicantAccountId() {
        require(Privilege.SELF_SERVICE);
        long accountId = accountId(actor());
        if (accountId < 0) {
            throw new AccessDeniedException("Not an applicant account");
        }
        return accountId;
    }

    /** The actor's agency; refused for an actor without one. */
    long staffAgencyId() {
        Long agencyId = actor().agencyId();
        if (agencyId == null) {
            throw new AccessDeniedException("Not an official");
        }
        return agencyId;
    }

    /** A dossier of the signed-in applicant, or not found. */
    Dossier ownDossier(long id) {
        long accountId = applicantAccountId();
        return dossiers.findById(id)
                .filter(d -> d.applicantAccountId() != null && d.applicantAccountId() == accountId)
                .orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    /** A dossier that is or was at the official's agency, or not found. */
    Dossier visibleDossier(long id) {
        long agencyId = staffAgencyId();
        if (!dossiers.wasAt(id, agencyId)) {
            throw NotFoundException.of(OBJECT_TYPE, id);
        }
        return dossiers.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    /**
     * A dossier whose current step is at the official's agency, checked against the version the official saw, for an
     * action that needs {@code privilege} (or, when null, the privilege of the current step's kind).
     */
    Dossier actionable(long id, long version, Privilege privilege) {
        Dossier dossier = visibleDossier(id);
        requireVersion(dossier, version);
        if (dossier.currentAgencyId() == null || dossier.currentAgencyId() != staffAgencyId()) {
            throw new ConflictException(
                    dossier.status().closed() ? DossierError.ACTION_NOT_ALLOWED : DossierError.NOT_AT_YOUR_AGENCY);
        }
        require(
                privilege != null
                        ? privilege
                        : STEP_PRIVILEGE.get(dossier.currentStep().orElseThrow().kind()));
        return dossier;
    }

    static void requireVersion(Dossier dossier, long version) {
        if (dossier.version() != version) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
    }

    /** The current actor acting now. */
    Act act() {
        Actor actor = actor();
        String agencyName = actor.agencyId() == null
                ? null
                : org.findAgency(actor.agencyId()).map(AgencyView::name).orElse(null);
        // the database keeps microseconds: a view must show what a later read finds
        return new Act(
                actor.actorId(),
                actor.displayName(),
                actor.agencyId(),
                agencyName,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
