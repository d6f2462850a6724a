package vn.civic.feedback.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;

/**
 * What the staff feedback templates format ({@code @staffFeedbackPages}): times in Vietnam and the time left before a
 * deadline. A normal report's time is working time (days of the calendar's working-day length, then hours and
 * minutes); an urgent report's is clock time, in hours and minutes.
 */
@Component("staffFeedbackPages")
public class StaffFeedbackPages {

    private final WorkingCalendar calendar;
    private final OrgDirectory org;
    private final FeedbackProperties properties;

    StaffFeedbackPages(WorkingCalendar calendar, OrgDirectory org, FeedbackProperties properties) {
        this.calendar = calendar;
        this.org = org;
        this.properties = properties;
    }

    /**
     * True for the routing desk's staff: {@code FEEDBACK_ROUTE} held by someone of the agency named by
     * {@code civic.feedback.routing-desk-agency-code}; another agency's clerk holds the privilege for nothing here.
     */
    public boolean atDesk() {
        if (!CurrentActor.has(Privilege.FEEDBACK_ROUTE)) {
            return false;
        }
        Long agencyId = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        return agencyId != null
                && org.findAgencyByCode(properties.routingDeskAgencyCode())
                        .map(desk -> desk.id() == agencyId)
                        .orElse(false);
    }

    /** {@code 09:05 01/12/2026}; empty for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : CivicTime.DATE_TIME.format(instant.atZone(CivicTime.ZONE));
    }

    /** {@code 01/12/2026}; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : CivicTime.DATE.format(date);
    }

    /**
     * The time left (or past) as the parts a message shows, its sign dropped: whole working days (none for an urgent
     * report), hours and minutes.
     */
    public TimeParts parts(Duration time, boolean urgent) {
        if (time == null) {
            return null;
        }
        long seconds = time.abs().toSeconds();
        long day = calendar.workingDayLength().toSeconds();
        long days = urgent || day == 0 ? 0 : seconds / day;
        long rest = urgent || day == 0 ? seconds : seconds % day;
        return new TimeParts(days, rest / 3600, rest % 3600 / 60);
    }

    /** Parts of a duration for a message: {@code còn {0} ngày {1} giờ {2} phút}. */
    public record TimeParts(long days, long hours, long minutes) {}
}
