package vn.civic.dossier;

import java.time.Instant;
import java.time.ZoneOffset;
import vn.civic.platform.time.CivicTime;

/**
 * Trước hạn / đúng hạn / trễ hạn: computed from when something ended and when it was due; never entered. The one
 * definition: the dossier's timeliness, each hand-over on the process-control slip (form 06) and the statistics' SQL
 * ({@code DossierStatistics}) all follow {@link #of}.
 */
public enum Timeliness {
    /** Finished on a day before the due date. */
    EARLY,
    /** Finished on the due date, by the due time. */
    ON_TIME,
    /** Finished after the due time. */
    LATE;

    /** Late after the due instant; early on a day (in Vietnam) before the due date; on time otherwise. */
    public static Timeliness of(Instant finishedAt, Instant dueAt) {
        if (finishedAt.isAfter(dueAt)) {
            return LATE;
        }
        boolean earlierDay = finishedAt
                .atZone(CivicTime.ZONE)
                .toLocalDate()
                .isBefore(dueAt.atZone(CivicTime.ZONE).toLocalDate());
        return earlierDay ? EARLY : ON_TIME;
    }

    /**
     * Vietnam's offset from UTC in seconds, which SQL adds to epoch seconds to find the local day ({@code floor((epoch
     * + offset) / 86400)}). Asia/Ho_Chi_Minh has kept +07:00 without daylight saving since 1975.
     */
    public static int zoneOffsetSeconds(Instant at) {
        ZoneOffset offset = CivicTime.ZONE.getRules().getOffset(at);
        return offset.getTotalSeconds();
    }
}
