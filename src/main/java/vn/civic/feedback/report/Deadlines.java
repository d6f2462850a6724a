package vn.civic.feedback.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.civic.feedback.DeadlineFlag;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.platform.calendar.WorkingCalendar;

/**
 * The deadlines of a report (decision 0031), on the working-day calendar: acknowledgement within
 * {@code acknowledge-working-hours} working hours of reaching its agency; resolution of an urgent report within
 * {@code urgent-hours} clock hours, of a normal one within the category's working days (or
 * {@code resolve-working-days}), counted from submission and again from a reopening.
 */
@Component
class Deadlines {

    private final WorkingCalendar calendar;
    private final FeedbackProperties properties;

    Deadlines(WorkingCalendar calendar, FeedbackProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    Instant acknowledgeDue(Instant from) {
        return calendar.addWorkingHours(from, BigDecimal.valueOf(properties.acknowledgeWorkingHours()));
    }

    Instant resolveDue(Instant from, boolean urgent, FeedbackCategory category) {
        if (urgent) {
            return from.plus(Duration.ofHours(properties.urgentHours()));
        }
        Integer days = category == null ? null : category.resolveWorkingDays();
        return calendar.addWorkingDays(from, days == null ? properties.resolveWorkingDays() : days);
    }

    /** A normal report whose deadline is before this instant is due soon. */
    Instant dueSoonBefore(Instant now) {
        return calendar.addWorkingHours(now, BigDecimal.valueOf(properties.dueSoonWorkingHours()));
    }

    /** An urgent report whose deadline is before this instant is due soon. */
    Instant urgentDueSoonBefore(Instant now) {
        return now.plus(Duration.ofMinutes(properties.urgentDueSoonMinutes()));
    }

    DeadlineFlag flag(Instant due, boolean urgent, Instant now) {
        if (due == null) {
            return DeadlineFlag.NONE;
        }
        if (due.isBefore(now)) {
            return DeadlineFlag.OVERDUE;
        }
        Instant soon = urgent ? urgentDueSoonBefore(now) : dueSoonBefore(now);
        return due.isBefore(soon) ? DeadlineFlag.DUE_SOON : DeadlineFlag.ON_TIME;
    }

    /** Working time left (clock time for an urgent report); negative when overdue; null without a deadline. */
    Duration timeLeft(Instant due, boolean urgent, Instant now) {
        if (due == null) {
            return null;
        }
        return urgent ? Duration.between(now, due) : calendar.workingTimeBetween(now, due);
    }

    /** Answers given before this instant can no longer be reopened. */
    Instant reopenWindowStart(Instant now) {
        return now.minus(Duration.ofDays(properties.reopenDays()));
    }

    /** The end of the reopen window of an answer. */
    Instant reopenUntil(Instant answeredAt) {
        return answeredAt.plus(Duration.ofDays(properties.reopenDays()));
    }
}
