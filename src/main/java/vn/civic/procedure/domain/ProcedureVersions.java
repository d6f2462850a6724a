package vn.civic.procedure.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcedureVersions extends JpaRepository<ProcedureVersion, Long> {

    List<ProcedureVersion> findByProcedureIdOrderByNumberDesc(long procedureId);

    Optional<ProcedureVersion> findByProcedureIdAndNumber(long procedureId, int number);

    @Query("select coalesce(max(v.number), 0) from ProcedureVersion v where v.procedureId = :procedureId")
    int lastNumber(long procedureId);
}
