package vn.civic.platform.calendar;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the working-day calendar. */
public enum CalendarError implements ErrorCode {
    /** A time limit of zero, a negative one, or one beyond {@link WorkingCalendar#MAX_WORKING_DAYS}. */
    TIME_LIMIT_OUT_OF_RANGE("calendar_time_limit_out_of_range", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    CalendarError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** In the platform bundle under the calendar's own prefix. */
    @Override
    public String messageKey() {
        return "calendar.error." + code;
    }
}
