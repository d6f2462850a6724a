package vn.civic.procedure;

import java.math.BigDecimal;

/** A statutory time limit: a number of working days (may be fractional, e.g. 0.5) or of working hours. */
public record ProcessingTime(BigDecimal amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS
    }

    public static ProcessingTime workingDays(int days) {
        return new ProcessingTime(BigDecimal.valueOf(days), Unit.WORKING_DAYS);
    }
}
