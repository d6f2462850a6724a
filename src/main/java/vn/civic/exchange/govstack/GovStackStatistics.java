package vn.civic.exchange.govstack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.FiledDossiers;
import vn.civic.dossier.FiledDossiers.DecisionCounts;
import vn.civic.exchange.govstack.GovStackModel.References;
import vn.civic.exchange.govstack.GovStackModel.Statistics;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.time.CivicTime;

/**
 * The GovStack statistics (GET /data/statistics): per period, the dossiers in the caller's reach decided in it —
 * approved (finished, 9, or returned, 10), rejected (not accepted, 3, or stopped, 8), processed (both) — and the
 * supplement requests (sent back to the applicant). Days in Asia/Ho_Chi_Minh; without a timeframe one entry for the
 * whole range.
 */
@Service
public class GovStackStatistics {

    static final int MAX_PERIODS = 400;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final FiledDossiers filed;
    private final Clock clock;

    GovStackStatistics(FiledDossiers filed, Clock clock) {
        this.filed = filed;
        this.clock = clock;
    }

    public List<Statistics> statistics(
            String startDate, String endDate, String registrationName, String operator, String role, String timeframe) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate start = date(startDate, "startDate", violations);
        LocalDate end = date(endDate, "endDate", violations);
        ChronoUnit unit = timeframe == null || timeframe.isBlank()
                ? null
                : switch (timeframe.strip()) {
                    case "day" -> ChronoUnit.DAYS;
                    case "week" -> ChronoUnit.WEEKS;
                    case "month" -> ChronoUnit.MONTHS;
                    case "year" -> ChronoUnit.YEARS;
                    default -> {
                        violations.add(GovStackRegistration.violation("timeframe", "govstack_timeframe"));
                        yield null;
                    }
                };
        LocalDate from = start == null ? EARLIEST : start;
        LocalDate to = end == null ? GovStackRegistration.today(clock) : end;
        if (violations.isEmpty() && to.isBefore(from)) {
            violations.add(GovStackRegistration.violation("endDate", "govstack_period"));
        }
        if (violations.isEmpty() && unit != null && unit.between(from, to.plusDays(1)) > MAX_PERIODS) {
            violations.add(GovStackRegistration.violation("timeframe", "govstack_periods", MAX_PERIODS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DecisionCounts counts = filed.count(registrationName, operator, instant(from), instant(to.plusDays(1)));
        List<Statistics> result = new ArrayList<>();
        LocalDate periodStart = from;
        while (!periodStart.isAfter(to)) {
            LocalDate next = unit == null ? to.plusDays(1) : periodStart.plus(1, unit);
            LocalDate periodEnd = next.isAfter(to) ? to : next.minusDays(1);
            Instant a = instant(periodStart);
            Instant b = instant(periodEnd.plusDays(1));
            int approved = 0;
            int rejected = 0;
            for (DecisionCounts.Decision d : counts.decisions()) {
                if (!d.at().isBefore(a) && d.at().isBefore(b)) {
                    if (d.status() == DossierStatus.FINISHED || d.status() == DossierStatus.RETURNED) {
                        approved++;
                    } else if (d.status() == DossierStatus.NOT_ACCEPTED || d.status() == DossierStatus.STOPPED) {
                        rejected++;
                    }
                }
            }
            int sentBack = (int) counts.supplementRequests().stream()
                    .filter(at -> !at.isBefore(a) && at.isBefore(b))
                    .count();
            result.add(new Statistics(
                    approved + rejected,
                    approved,
                    sentBack,
                    rejected,
                    new References(
                            periodStart,
                            periodEnd,
                            registrationName,
                            operator,
                            role,
                            unit == ChronoUnit.DAYS,
                            unit == ChronoUnit.WEEKS,
                            unit == ChronoUnit.MONTHS,
                            unit == ChronoUnit.YEARS)));
            periodStart = next;
        }
        return result;
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(CivicTime.ZONE).toInstant();
    }

    private static LocalDate date(String text, String field, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(GovStackRegistration.violation(field, "govstack_date"));
            return null;
        }
    }
}
