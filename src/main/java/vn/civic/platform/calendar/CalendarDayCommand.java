package vn.civic.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters for an exception day. {@link #violations()} checks everything that does not need the
 * stored calendar; the editor adds the duplicate check.
 */
public record CalendarDayCommand(LocalDate date, DayKind kind, String nameVi, String nameEn, String source) {

    /** The calendar covers these years; a date outside them is a typing error. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    public static final int NAME_MAX = 200;
    public static final int SOURCE_MAX = 500;

    public CalendarDayCommand {
        nameVi = strip(nameVi);
        nameEn = strip(nameEn);
        source = strip(source);
    }

    /** Violations of the rules of a single day, every field at once so that a form can mark them all. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (date == null) {
            violations.add(violation("date", "required"));
        } else if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            violations.add(violation("date", "date_out_of_range"));
        }
        if (kind == null) {
            violations.add(violation("kind", "required"));
        } else if (date != null && kind == DayKind.WEEKEND_WORKED && !DayKind.isWeekend(date)) {
            violations.add(violation("kind", "worked_day_not_weekend"));
        } else if (date != null && kind == DayKind.WEEKDAY_OFF && DayKind.isWeekend(date)) {
            violations.add(violation("kind", "day_off_not_weekday"));
        }
        text(violations, "nameVi", nameVi, NAME_MAX);
        text(violations, "nameEn", nameEn, NAME_MAX);
        text(violations, "source", source, SOURCE_MAX);
        return violations;
    }

    /** A violation whose message is {@code calendar.form.<code>} in the platform bundle. */
    public static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, "calendar.form." + code, args);
    }

    private static void text(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            violations.add(violation(field, "required"));
        } else if (value.length() > max) {
            violations.add(violation(field, "too_long", max));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
