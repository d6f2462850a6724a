package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Departments extends JpaRepository<Department, Long> {

    List<Department> findByAgencyIdAndActiveTrueOrderByName(long agencyId);

    /** Active and inactive departments of an agency. */
    List<Department> findByAgencyIdOrderByName(long agencyId);

    Optional<Department> findByAgencyIdAndCode(long agencyId, String code);
}
