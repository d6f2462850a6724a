package vn.civic.dossier.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Drafts extends JpaRepository<Draft, Long> {

    Optional<Draft> findByOwnerAccountIdAndProcedureCode(long ownerAccountId, String procedureCode);

    /** One statement (a derived delete would load the draft first); nothing else in the session holds a draft. */
    @Modifying
    @Query("delete from Draft d where d.ownerAccountId = :ownerAccountId and d.procedureCode = :procedureCode")
    int deleteByOwnerAccountIdAndProcedureCode(long ownerAccountId, String procedureCode);
}
