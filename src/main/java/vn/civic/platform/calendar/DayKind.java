package vn.civic.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How an exception day differs from the weekly rule (Monday to Friday worked, Saturday and Sunday off). */
public enum DayKind {
    /** A public holiday (Labour Code 2019 Art. 112(1)): off, whatever the day of the week. */
    PUBLIC_HOLIDAY,
    /**
     * A weekday off: one half of a swap decided by the Prime Minister, or the compensation for a holiday that fell on a
     * weekly rest day (Labour Code 2019 Art. 111(3)). Only Monday to Friday.
     */
    WEEKDAY_OFF,
    /** A Saturday or Sunday worked: the other half of a swap. Only Saturday or Sunday. */
    WEEKEND_WORKED;

    /**
     * The one rule of the calendar: a date is worked when it is a weekday without an exception that takes it off, or
     * a weekend day marked worked.
     *
     * @param kind the date's exception, or null for an ordinary date
     */
    public static boolean isWorkingDay(LocalDate date, DayKind kind) {
        if (kind == null) {
            return !isWeekend(date);
        }
        return kind == WEEKEND_WORKED;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
