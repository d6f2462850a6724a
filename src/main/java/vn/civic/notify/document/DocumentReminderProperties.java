package vn.civic.notify.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders about incoming documents ({@code civic.notify.document.*}).
 *
 * @param dueSoonWorkingDays a handler is reminded once this many working days before the deadline (and on the days
 *     between), then once when it has passed
 * @param overdueWindowDays how many days after its deadline a part is still looked at for its overdue reminder: more
 *     than any stop of every node; older parts are left alone
 */
@ConfigurationProperties("civic.notify.document")
record DocumentReminderProperties(
        @DefaultValue("1") int dueSoonWorkingDays,
        @DefaultValue("14") int overdueWindowDays) {}
