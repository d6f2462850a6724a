package vn.civic.platform.calendar;

import java.time.LocalDate;

/** Where the calendar reads exception days: the database through a cache, or a fixed set in unit tests. */
@FunctionalInterface
interface ExceptionDays {

    /** The exception on that date, or null for an ordinary date. */
    DayKind kindOn(LocalDate date);
}
