package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Agencies extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByActiveTrueOrderByName();
}
