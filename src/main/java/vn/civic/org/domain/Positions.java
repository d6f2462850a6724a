package vn.civic.org.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Positions extends JpaRepository<Position, Long> {

    List<Position> findByActiveTrueOrderBySortOrder();
}
