package vn.civic.dossier.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What other systems read of dossiers through the interfaces: the counts the GovStack statistics give. Apart from {@link Dossiers} so that the interfaces' queries stay in one place.
 */
public interface FiledDossierQueries extends Repository<Dossier, Long> {

    /**
     * The decisions (status, when finished, when closed) on dossiers filed by the actor or that were at the agency,
     * taken in [from, to); procedure by code or name, or null for all; operator by the name in the progress entries,
     * or null.
     */
    @Query("""
            select d.status as status, d.finishedAt as finishedAt, d.closedAt as closedAt from Dossier d
            where (d.submittedBy = :actorId
                   or exists (select 1 from Dossier w join w.agencies a where w.id = d.id and a = :agencyId))
              and (:procedure is null or d.procedureCode = :procedure or d.procedureName = :procedure)
              and ((d.finishedAt >= :from and d.finishedAt < :to) or (d.closedAt >= :from and d.closedAt < :to))
              and (:operator is null
                   or exists (select 1 from HistoryEntry h where h.dossier.id = d.id and h.actorName = :operator))
            """)
    List<Decision> decisions(
            @Param("actorId") String actorId,
            @Param("agencyId") long agencyId,
            @Param("procedure") String procedure,
            @Param("operator") String operator,
            @Param("from") Instant from,
            @Param("to") Instant to);

    /** When supplements were requested (the dossier sent back to the applicant) in [from, to), in the same scope. */
    @Query("""
            select s.requestedAt from SupplementRequest s join s.dossier d
            where (d.submittedBy = :actorId
                   or exists (select 1 from Dossier w join w.agencies a where w.id = d.id and a = :agencyId))
              and (:procedure is null or d.procedureCode = :procedure or d.procedureName = :procedure)
              and s.requestedAt >= :from and s.requestedAt < :to
              and (:operator is null or s.requestedBy = :operator)
            """)
    List<Instant> supplementRequests(
            @Param("actorId") String actorId,
            @Param("agencyId") long agencyId,
            @Param("procedure") String procedure,
            @Param("operator") String operator,
            @Param("from") Instant from,
            @Param("to") Instant to);

    interface Decision {
        vn.civic.dossier.DossierStatus getStatus();

        Instant getFinishedAt();

        Instant getClosedAt();
    }
}
