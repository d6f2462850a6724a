package vn.civic.document.incoming;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The incoming documents. */
public interface IncomingDocuments extends JpaRepository<IncomingDocument, Long> {

    Optional<IncomingDocument> findFirstByAgencyIdAndExchangeDocumentIdOrderByIdAsc(
            long agencyId, String exchangeDocumentId);

    /**
     * The incoming numbers under which the agency's register of the year already holds the sender's number and symbol
     * (ignoring case), outside returned and recalled documents.
     */
    @Query("""
            select d.incomingNumber from IncomingDocument d
            where d.agencyId = :agencyId and d.registerYear = :year
              and lower(d.numberSymbol) = :numberSymbol and lower(d.author) = :author
              and d.status not in (vn.civic.document.incoming.IncomingStatus.RETURNED,
                                   vn.civic.document.incoming.IncomingStatus.RECALLED)
              and (:exceptId is null or d.id <> :exceptId)
            """)
    java.util.List<Long> registeredNumbers(
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("numberSymbol") String numberSymbol,
            @Param("author") String author,
            @Param("exceptId") Long exceptId);
}
