package vn.civic.exchange.govstack;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GovStackApplications extends JpaRepository<GovStackApplication, Long> {

    Optional<GovStackApplication> findByDossierCode(String dossierCode);

    @Query("""
            select a from GovStackApplication a
            where a.client = :client
              and (:procedureCode is null or a.procedureCode = :procedureCode)
              and (:applicantRef is null or a.applicantRef = :applicantRef)
            order by a.registeredAt desc, a.id desc
            """)
    Page<GovStackApplication> filedBy(
            @Param("client") String client,
            @Param("procedureCode") String procedureCode,
            @Param("applicantRef") String applicantRef,
            Pageable page);
}
