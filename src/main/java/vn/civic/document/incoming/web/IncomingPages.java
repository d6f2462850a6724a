package vn.civic.document.incoming.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.time.CivicTime;

/**
 * What the incoming documents' templates compute ({@code @incomingPages}): dates as dd/MM/yyyy in Asia/Ho_Chi_Minh and
 * the deadline flags (due soon: by the next working day; overdue: past).
 */
@Component("incomingPages")
public class IncomingPages {

    private final WorkingCalendar calendar;
    private final Clock clock;

    IncomingPages(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : CivicTime.DATE.format(date);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : CivicTime.DATE_TIME.format(at.atZone(CivicTime.ZONE));
    }

    public String isoToday() {
        return today().toString();
    }

    /** {@code overdue}, {@code due_soon} or null for a deadline of an open part. */
    public String flag(LocalDate deadline) {
        if (deadline == null) {
            return null;
        }
        LocalDate today = today();
        if (deadline.isBefore(today)) {
            return "overdue";
        }
        return deadline.isAfter(calendar.addWorkingDays(today, 1)) ? null : "due_soon";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }
}
