package vn.civic.platform.calendar;

import java.time.LocalDate;

/**
 * An exception day as pages show it.
 *
 * @param source the legal basis or the note on where the day comes from; "CHƯA XÁC NHẬN" marks a seeded day that no
 *     decision found at seeding time confirmed
 * @param version for optimistic locking: an edit must name the version it started from
 */
public record CalendarDayView(
        long id, LocalDate date, DayKind kind, String nameVi, String nameEn, String source, long version) {

    /** How the audit log describes the day. */
    public String summary() {
        return date + " " + kind + " \"" + nameVi + "\" / \"" + nameEn + "\"; " + source;
    }
}
