package vn.civic.platform.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored exception days. */
public interface CalendarDays extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDate(LocalDate date);

    List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);
}
