package vn.civic.dossier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Attachments read across an applicant's dossiers: the personal data store. Written only through {@link Dossier}. */
public interface Attachments extends Repository<Attachment, Long> {

    /**
     * The applicant's stored files: every file filed or received as a result in their dossiers, without the copies
     * that reuse one of them, newest first.
     */
    @Query("""
            select a from Attachment a join fetch a.dossier d
            where d.applicantAccountId = :accountId and a.paper = false and a.storageKey is not null
              and a.reusedFromId is null
            order by a.addedAt desc, a.id desc
            """)
    List<Attachment> storeOf(@Param("accountId") long accountId);

    /** The reuses of these stored files, oldest first. */
    @Query("""
            select a from Attachment a join fetch a.dossier
            where a.reusedFromId in :ids order by a.addedAt, a.id
            """)
    List<Attachment> reusesOf(@Param("ids") Collection<Long> ids);

    /** One stored file of the applicant's, or nothing when it is not theirs, a paper copy or unknown. */
    @Query("""
            select a from Attachment a join a.dossier d
            where a.id = :id and d.applicantAccountId = :accountId and a.paper = false and a.storageKey is not null
            """)
    Optional<Attachment> ownStored(@Param("id") long id, @Param("accountId") long accountId);
}
