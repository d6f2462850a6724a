package vn.civic.feedback;

import java.time.Instant;

/**
 * A report as the signed-in citizen sees it among their own: those they filed and those they follow.
 *
 * @param reporter true when the citizen filed it (only the reporter rates and reopens)
 * @param following true when the citizen follows it
 * @param mayRate the report is answered and not yet rated
 * @param mayReopen the report is answered (or closed by rating) and the reopen window is still open
 * @param reopenUntil the end of the reopen window, or null
 */
public record MyReport(
        PublicReport report,
        boolean reporter,
        boolean following,
        boolean mayRate,
        boolean mayReopen,
        Instant reopenUntil) {}
