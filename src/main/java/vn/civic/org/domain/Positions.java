package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Positions extends JpaRepository<Position, Long> {

    List<Position> findByActiveTrueOrderBySortOrder();

    /** Active and inactive positions, highest first. */
    List<Position> findAllByOrderBySortOrderAscCodeAsc();

    Optional<Position> findByCode(String code);
}
