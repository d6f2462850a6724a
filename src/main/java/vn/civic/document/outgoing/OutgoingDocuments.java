package vn.civic.document.outgoing;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingDocuments extends JpaRepository<OutgoingDocument, Long> {

    /** The document, its row locked until the transaction ends: two clerks issuing it at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OutgoingDocument d where d.id = :id")
    Optional<OutgoingDocument> findForUpdate(@Param("id") long id);

    Optional<OutgoingDocument> findFirstByAgencyIdAndNumberSymbolAndIssuedDate(
            long agencyId, String numberSymbol, LocalDate issuedDate);

    List<OutgoingDocument> findByDraftedByAccountIdAndStatusInOrderByCreatedAtDesc(
            long accountId, Collection<OutgoingStatus> statuses);

    List<OutgoingDocument> findByAgencyIdAndStatusInOrderByCreatedAtDesc(
            long agencyId, Collection<OutgoingStatus> statuses, Limit limit);
}
