package vn.civic.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.calendar.domain.CalendarDay;
import vn.civic.platform.calendar.domain.CalendarDays;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;

/**
 * Reads and edits the exception days. Every change is audited in its transaction, bumps the calendar revision (so
 * other nodes reload within the refresh interval) and drops this node's cached years when it commits. Privileges are
 * checked by the callers (the admin page needs {@code CALENDAR_MANAGE}).
 */
@Service
public class CalendarEditor {

    static final String OBJECT_TYPE = "CalendarDay";

    private final CalendarDays days;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ExceptionDayCache cache;

    CalendarEditor(CalendarDays days, JdbcTemplate jdbc, AuditLog audit, ExceptionDayCache cache) {
        this.days = days;
        this.jdbc = jdbc;
        this.audit = audit;
        this.cache = cache;
    }

    /** The exception days of a year, in date order. */
    @Transactional(readOnly = true)
    public List<CalendarDayView> year(int year) {
        return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarDay::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CalendarDayView get(long id) {
        return find(id).view();
    }

    @Transactional
    public CalendarDayView create(CalendarDayCommand command) {
        validate(command, null);
        CalendarDay day;
        try {
            day = days.saveAndFlush(new CalendarDay(command));
        } catch (DataIntegrityViolationException e) {
            throw dateTaken(); // another administrator added the same date a moment ago
        }
        CalendarDayView created = day.view();
        changed(AuditRecord.change("calendar.day.created", OBJECT_TYPE, created.id(), null, created.summary()));
        return created;
    }

    /**
     * Replaces a day's fields.
     *
     * @param version the version the administrator started from; a day changed since is refused with
     *     {@link CommonError#CONCURRENT_MODIFICATION}
     */
    @Transactional
    public CalendarDayView update(long id, long version, CalendarDayCommand command) {
        CalendarDay day = find(id);
        requireVersion(day, version);
        validate(command, id);
        String before = day.view().summary();
        day.change(command);
        try {
            days.flush();
        } catch (DataIntegrityViolationException e) {
            throw dateTaken();
        }
        CalendarDayView updated = day.view();
        changed(AuditRecord.change("calendar.day.updated", OBJECT_TYPE, id, before, updated.summary()));
        return updated;
    }

    @Transactional
    public void delete(long id, long version) {
        CalendarDay day = find(id);
        requireVersion(day, version);
        String before = day.view().summary();
        days.delete(day);
        days.flush();
        changed(AuditRecord.change("calendar.day.deleted", OBJECT_TYPE, id, before, null));
    }

    private void validate(CalendarDayCommand command, Long editedId) {
        List<FieldViolation> violations = new ArrayList<>(command.violations());
        if (command.date() != null
                && violations.stream().noneMatch(v -> v.field().equals("date"))) {
            days.findByDate(command.date())
                    .filter(existing -> editedId == null || existing.view().id() != editedId)
                    .ifPresent(existing -> violations.add(CalendarDayCommand.violation("date", "date_taken")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void changed(AuditRecord record) {
        audit.record(record);
        jdbc.update("update calendar_revision set revision = revision + 1 where id = 1");
        cache.invalidateAfterCommit();
    }

    private CalendarDay find(long id) {
        return days.findById(id).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    private static void requireVersion(CalendarDay day, long version) {
        if (day.version() != version) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
    }

    private static InvalidInputException dateTaken() {
        return new InvalidInputException(List.of(CalendarDayCommand.violation("date", "date_taken")));
    }
}
