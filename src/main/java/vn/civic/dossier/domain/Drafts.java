package vn.civic.dossier.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Drafts extends JpaRepository<Draft, Long> {

    Optional<Draft> findByOwnerAccountIdAndProcedureCode(long ownerAccountId, String procedureCode);

    void deleteByOwnerAccountIdAndProcedureCode(long ownerAccountId, String procedureCode);
}
