package vn.civic.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;

/**
 * Dossier statistics per receiving agency and procedure over a period, computed on each request by SQL aggregation
 * over the dossier rows: nothing is typed in or stored. An official with {@link Privilege#STATISTICS_VIEW} reads their
 * agency and the agencies below it (a city's People's Committee: the whole city). The definitions of the figures:
 * {@link DossierFigures} and docs/decisions/0022-dossier-statistics.md.
 */
@Service
@Transactional(readOnly = true)
public class DossierStatistics {

    /** Counted over the dossiers filed in the period. */
    private static final String RECEIVED = """
            select d.receiving_agency_id as agency_id, d.procedure_code,
                   sum(case when d.channel = 'ONLINE' then 1 else 0 end) as received_online,
                   sum(case when d.channel = 'IN_PERSON' then 1 else 0 end) as received_in_person,
                   sum(case when d.channel = 'POST' then 1 else 0 end) as received_post,
                   sum(case when d.fee_amount > 0 then 1 else 0 end) as fee_due,
                   sum(case when d.fee_amount > 0 and d.paid_online then 1 else 0 end) as paid_online,
                   sum(case when d.digitised then 1 else 0 end) as digitised
            from dossier d
            where d.submitted_at >= :start and d.submitted_at < :end and d.receiving_agency_id in (:agencies)
              and (:procedure = '' or d.procedure_code = :procedure)
            group by d.receiving_agency_id, d.procedure_code
            """;

    /**
     * Counted over the dossiers finished in the period. Timeliness as {@link Timeliness#of}: late after the due
     * instant, early on an earlier day in Vietnam (epoch seconds plus the zone's offset, whole days), else on time.
     */
    private static final String FINISHED = """
            select d.receiving_agency_id as agency_id, d.procedure_code,
                   sum(case when d.finished_at > d.due_at then 1 else 0 end) as finished_late,
                   sum(case when d.finished_at <= d.due_at
                             and floor((extract(epoch from d.finished_at) + :offset) / 86400)
                                 < floor((extract(epoch from d.due_at) + :offset) / 86400)
                            then 1 else 0 end) as finished_early,
                   count(*) as finished,
                   sum(extract(epoch from d.finished_at) - extract(epoch from coalesce(d.accepted_at, d.submitted_at)))
                       as processing_seconds,
                   sum(case when d.e_result_issued_at is not null then 1 else 0 end) as e_results,
                   sum(case when d.rating is not null then 1 else 0 end) as ratings,
                   sum(coalesce(d.rating, 0)) as rating_sum,
                   sum(case when d.rating >= 4 then 1 else 0 end) as satisfied
            from dossier d
            where d.finished_at >= :start and d.finished_at < :end and d.receiving_agency_id in (:agencies)
              and (:procedure = '' or d.procedure_code = :procedure)
            group by d.receiving_agency_id, d.procedure_code
            """;

    /**
     * The dossiers open at the cutoff: filed before it, neither finished nor closed by then; overdue when their due date
     * passed by then, unless the applicant was then asked for a supplement (the clock stopped). Two ranges of the
     * finished-at index: finished after the cutoff, and not finished.
     */
    private static final String OPEN = """
            select o.agency_id, o.procedure_code,
                   count(*) as open_total, sum(o.overdue) as overdue
            from (
                select d.receiving_agency_id as agency_id, d.procedure_code,
                       case when d.due_at < :cutoff and not exists (
                                select 1 from dossier_supplement s where s.dossier_id = d.id
                                and s.requested_at < :cutoff and (s.supplied_at is null or s.supplied_at >= :cutoff))
                            then 1 else 0 end as overdue
                from dossier d
                where (d.finished_at >= :cutoff or d.finished_at is null)
                  and d.submitted_at < :cutoff and (d.closed_at is null or d.closed_at >= :cutoff)
                  and d.receiving_agency_id in (:agencies) and (:procedure = '' or d.procedure_code = :procedure)
            ) o
            group by o.agency_id, o.procedure_code
            """;

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final ProcedureCatalog catalog;
    private final Clock clock;

    DossierStatistics(JdbcClient jdbc, OrgDirectory org, ProcedureCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * What to count.
     *
     * @param agencyId an agency of the caller's scope, counted with the agencies below it; null for the whole scope
     * @param procedureCode one procedure; null or blank for all
     */
    public record Query(StatisticsPeriod period, Long agencyId, String procedureCode) {}

    /**
     * The report: the whole, then one line per receiving agency and one per procedure (lines with no dossier are left
     * out).
     *
     * @param cutoff when the open dossiers were counted: the period's end, or now for a period not yet over
     */
    public record Report(
            StatisticsPeriod period,
            Long agencyId,
            String procedureCode,
            Instant cutoff,
            DossierFigures total,
            List<Line> byAgency,
            List<Line> byProcedure) {}

    /**
     * One line of a report.
     *
     * @param key the agency's organisation code or the procedure's code
     */
    public record Line(String key, String name, DossierFigures figures) {}

    /** An agency the caller may read the statistics of, for the filter. */
    public record AgencyOption(long id, String code, String name) {}

    /** The agencies of the caller's scope, by name. */
    public List<AgencyOption> agencies() {
        return scopeOf(ownAgency()).stream()
                .map(org::findAgency)
                .flatMap(java.util.Optional::stream)
                .map(a -> new AgencyOption(a.id(), a.code(), a.name()))
                .sorted(Comparator.comparing(AgencyOption::name))
                .toList();
    }

    public Report report(Query query) {
        long own = ownAgency();
        Set<Long> scope = scopeOf(own);
        if (query.agencyId() != null) {
            if (!scope.contains(query.agencyId())) {
                throw NotFoundException.of("Agency", query.agencyId());
            }
            Set<Long> below = new HashSet<>(scopeOf(query.agencyId()));
            below.retainAll(scope);
            scope = below;
        }
        String procedure =
                query.procedureCode() == null ? "" : query.procedureCode().strip();
        StatisticsPeriod period = query.period();
        Instant now = clock.instant();
        Instant cutoff = period.end().isAfter(now) ? now : period.end();
        Map<Key, Counts> counts = new HashMap<>();
        if (period.start().isBefore(now)) {
            Map<String, Object> params = new HashMap<>();
            params.put("start", at(period.start()));
            params.put("end", at(period.end()));
            params.put("cutoff", at(cutoff));
            params.put("agencies", scope);
            params.put("procedure", procedure);
            params.put("offset", Timeliness.zoneOffsetSeconds(period.start()));
            read(RECEIVED, params, counts, (rs, c) -> {
                c.receivedOnline = rs.getLong("received_online");
                c.receivedInPerson = rs.getLong("received_in_person");
                c.receivedPost = rs.getLong("received_post");
                c.feeDue = rs.getLong("fee_due");
                c.paidOnline = rs.getLong("paid_online");
                c.digitised = rs.getLong("digitised");
            });
            read(FINISHED, params, counts, (rs, c) -> {
                c.finishedLate = rs.getLong("finished_late");
                c.finishedEarly = rs.getLong("finished_early");
                c.finishedOnTime = rs.getLong("finished") - c.finishedLate - c.finishedEarly;
                c.processingSeconds = rs.getBigDecimal("processing_seconds").longValue();
                c.eResults = rs.getLong("e_results");
                c.ratings = rs.getLong("ratings");
                c.ratingSum = rs.getLong("rating_sum");
                c.satisfied = rs.getLong("satisfied");
            });
            read(OPEN, params, counts, (rs, c) -> {
                c.inProgressOverdue = rs.getLong("overdue");
                c.inProgressOnTime = rs.getLong("open_total") - c.inProgressOverdue;
            });
        }
        Map<Long, DossierFigures> agencies = new HashMap<>();
        Map<String, DossierFigures> procedures = new HashMap<>();
        DossierFigures total = DossierFigures.NONE;
        for (Map.Entry<Key, Counts> e : counts.entrySet()) {
            DossierFigures f = e.getValue().figures();
            agencies.merge(e.getKey().agencyId(), f, DossierFigures::plus);
            procedures.merge(e.getKey().procedureCode(), f, DossierFigures::plus);
            total = total.plus(f);
        }
        List<Line> byAgency = new ArrayList<>();
        agencies.forEach((id, f) -> {
            AgencyView agency = org.findAgency(id).orElse(null);
            byAgency.add(new Line(
                    agency == null ? String.valueOf(id) : agency.code(),
                    agency == null ? String.valueOf(id) : agency.name(),
                    f));
        });
        byAgency.sort(Comparator.comparing(Line::name).thenComparing(Line::key));
        List<Line> byProcedure = new ArrayList<>();
        procedures.forEach((code, f) -> byProcedure.add(
                new Line(code, catalog.findByCode(code).map(ProcedureView::name).orElse(code), f)));
        byProcedure.sort(Comparator.comparing(Line::key));
        return new Report(
                period,
                query.agencyId(),
                procedure.isEmpty() ? null : procedure,
                cutoff,
                total,
                List.copyOf(byAgency),
                List.copyOf(byProcedure));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private long ownAgency() {
        if (!CurrentActor.has(Privilege.STATISTICS_VIEW)) {
            throw new AccessDeniedException("Missing " + Privilege.STATISTICS_VIEW);
        }
        Long agencyId = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        if (agencyId == null) {
            throw new AccessDeniedException("Not an official");
        }
        return agencyId;
    }

    private Set<Long> scopeOf(long agencyId) {
        return org.agencyScope(agencyId);
    }

    private interface Reader {
        void read(ResultSet rs, Counts counts) throws SQLException;
    }

    private void read(String sql, Map<String, Object> params, Map<Key, Counts> into, Reader reader) {
        jdbc.sql(sql).params(params).query(rs -> {
            Key key = new Key(rs.getLong("agency_id"), rs.getString("procedure_code"));
            Counts c = into.computeIfAbsent(key, k -> new Counts());
            reader.read(rs, c);
        });
    }

    private record Key(long agencyId, String procedureCode) {}

    /** The figures of one agency and procedure while the three queries fill them. */
    private static final class Counts {
        long receivedOnline;
        long receivedInPerson;
        long receivedPost;
        long feeDue;
        long paidOnline;
        long digitised;
        long finishedEarly;
        long finishedOnTime;
        long finishedLate;
        long processingSeconds;
        long eResults;
        long ratings;
        long ratingSum;
        long satisfied;
        long inProgressOnTime;
        long inProgressOverdue;

        DossierFigures figures() {
            return new DossierFigures(
                    receivedOnline,
                    receivedInPerson,
                    receivedPost,
                    feeDue,
                    paidOnline,
                    digitised,
                    finishedEarly,
                    finishedOnTime,
                    finishedLate,
                    processingSeconds,
                    eResults,
                    ratings,
                    ratingSum,
                    satisfied,
                    inProgressOnTime,
                    inProgressOverdue);
        }
    }
}
