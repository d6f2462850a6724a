package vn.civic.platform.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.civic.platform.calendar.CalendarDayView;
import vn.civic.platform.calendar.DayKind;

/**
 * A year as twelve month tables of weeks from Monday to Sunday, each day with its status.
 *
 * @param exceptions the year's exception days in date order, for the list under the months
 * @param workingDays how many working days the year has
 */
public record YearGrid(int year, List<Month> months, List<Day> exceptions, int workingDays) {

    /** What a day is, as the grid and its legend name it (message keys {@code calendar.status.*}). */
    public enum Status {
        WORKING(""),
        WEEKEND(""),
        PUBLIC_HOLIDAY("badge-danger"),
        WEEKDAY_OFF("badge-warn"),
        WEEKEND_WORKED("badge-ok");

        private final String badge;

        Status(String badge) {
            this.badge = badge;
        }

        public String badge() {
            return badge;
        }

        /** The statuses shown with a mark: the exception days; weekdays and weekends follow the column. */
        static List<Status> marked() {
            return List.of(PUBLIC_HOLIDAY, WEEKDAY_OFF, WEEKEND_WORKED);
        }

        static Status of(LocalDate date, DayKind kind) {
            if (kind != null) {
                return valueOf(kind.name());
            }
            return DayKind.isWeekend(date) ? WEEKEND : WORKING;
        }
    }

    public record Month(int month, List<List<Day>> weeks) {}

    /** A cell; {@code date} is null for the blanks before the 1st and after the last day of the month. */
    public record Day(LocalDate date, Status status, CalendarDayView exception) {

        static final Day BLANK = new Day(null, null, null);
    }

    static YearGrid of(int year, List<CalendarDayView> exceptions) {
        Map<LocalDate, CalendarDayView> byDate =
                exceptions.stream().collect(Collectors.toMap(CalendarDayView::date, Function.identity()));
        List<Month> months = new ArrayList<>(12);
        List<Day> exceptionDays = new ArrayList<>(exceptions.size());
        int workingDays = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Day>> weeks = new ArrayList<>();
            List<Day> week = new ArrayList<>(
                    Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, Day.BLANK));
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarDayView exception = byDate.get(date);
                DayKind kind = exception == null ? null : exception.kind();
                if (DayKind.isWorkingDay(date, kind)) {
                    workingDays++;
                }
                Day day = new Day(date, Status.of(date, kind), exception);
                week.add(day);
                if (exception != null) {
                    exceptionDays.add(day);
                }
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>(7);
                }
            }
            if (!week.isEmpty()) {
                week.addAll(Collections.nCopies(7 - week.size(), Day.BLANK));
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearGrid(year, months, exceptionDays, workingDays);
    }
}
