/**
 * The working-day calendar: which days are worked (Monday to Friday, unless a public holiday or a swapped day off;
 * Saturdays and Sundays only when marked worked) and the arithmetic of time limits counted in working days and
 * hours. {@link vn.civic.platform.calendar.WorkingCalendar} is the API; the exception days are data, edited on
 * {@code /admin/calendar}. Semantics: docs/decisions/0002-working-day-calendar.md.
 */
package vn.civic.platform.calendar;
