package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeLevels extends JpaRepository<AdministrativeLevel, Long> {

    Optional<AdministrativeLevel> findByCode(String code);

    List<AdministrativeLevel> findAllByOrderByDepth();
}
