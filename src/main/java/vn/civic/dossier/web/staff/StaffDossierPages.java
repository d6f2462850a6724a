package vn.civic.dossier.web.staff;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.time.CivicTime;

/** What the staff dossier templates format: times in Vietnam and working time in days and hours. */
@Component("staffDossierPages")
public class StaffDossierPages {

    private final WorkingCalendar calendar;

    StaffDossierPages(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code 09:05 01/12/2026}; empty for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : CivicTime.DATE_TIME.format(instant.atZone(CivicTime.ZONE));
    }

    /** {@code 01/12/2026}; empty for none. */
    public String date(Instant instant) {
        return instant == null ? "" : CivicTime.DATE.format(instant.atZone(CivicTime.ZONE));
    }

    /** Whole working days of a working time, its sign dropped. */
    public long days(Duration time) {
        return time.abs().toSeconds() / calendar.workingDayLength().toSeconds();
    }

    /** Whole working hours of a working time beyond its days, its sign dropped. */
    public long hours(Duration time) {
        return time.abs().toSeconds() % calendar.workingDayLength().toSeconds() / 3600;
    }
}
