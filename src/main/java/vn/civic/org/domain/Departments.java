package vn.civic.org.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Departments extends JpaRepository<Department, Long> {

    List<Department> findByAgencyIdAndActiveTrueOrderByName(long agencyId);
}
