package vn.civic.dossier.forms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.Timeliness;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.time.CivicTime;

/**
 * Form 07 of the signed-in official's own agency: the dossiers it received (as receiving agency) between two days, in
 * the order received, with the agency of their first processing step. One indexed range read; at most
 * {@link #MAX_LINES} lines a book.
 */
@Component
public class TrackingBooks {

    public static final int MAX_LINES = 5000;

    private static final String QUERY = """
            select d.code, d.procedure_name, d.applicant_name, d.applicant_phone, d.submitted_at, d.accepted_at,
                   d.due_at, d.finished_at, d.returned_at, d.status,
                   (select s.agency_id from dossier_step s where s.dossier_id = d.id and s.kind = 'PROCESS'
                    order by s.step_order fetch first 1 rows only) as processing_agency_id
            from dossier d
            where d.receiving_agency_id = :agency and d.submitted_at >= :start and d.submitted_at < :end
            order by d.submitted_at, d.id
            fetch first :limit rows only
            """;

    private final JdbcClient jdbc;
    private final OfficialHeaders headers;
    private final OrgDirectory org;
    private final Clock clock;

    TrackingBooks(JdbcClient jdbc, OfficialHeaders headers, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.headers = headers;
        this.org = org;
        this.clock = clock;
    }

    /** The book of the caller's agency from {@code from} to {@code to}, both included; dated today. */
    @Transactional(readOnly = true)
    public TrackingBook of(LocalDate from, LocalDate to) {
        long agencyId = CurrentActor.get()
                .map(a -> a.agencyId())
                .orElseThrow(() -> new AccessDeniedException("Not an official"));
        Map<Long, String> names = new HashMap<>();
        List<TrackingBook.Entry> entries = new ArrayList<>();
        jdbc.sql(QUERY)
                .param("agency", agencyId)
                .param("start", at(from.atStartOfDay(CivicTime.ZONE).toInstant()))
                .param("end", at(to.plusDays(1).atStartOfDay(CivicTime.ZONE).toInstant()))
                .param("limit", MAX_LINES + 1)
                .query(rs -> {
                    long processing = rs.getLong("processing_agency_id");
                    String agency = rs.wasNull()
                            ? null
                            : names.computeIfAbsent(
                                    processing,
                                    id -> org.findAgency(id)
                                            .map(AgencyView::name)
                                            .orElse(null));
                    Instant accepted = instant(rs.getObject("accepted_at", OffsetDateTime.class));
                    Instant due = instant(rs.getObject("due_at", OffsetDateTime.class));
                    Instant finished = instant(rs.getObject("finished_at", OffsetDateTime.class));
                    entries.add(new TrackingBook.Entry(
                            rs.getString("code"),
                            rs.getString("procedure_name"),
                            rs.getString("applicant_name"),
                            null,
                            rs.getString("applicant_phone"),
                            agency,
                            accepted != null ? accepted : instant(rs.getObject("submitted_at", OffsetDateTime.class)),
                            due,
                            finished,
                            instant(rs.getObject("returned_at", OffsetDateTime.class)),
                            rs.getInt("status"),
                            finished == null ? null : Timeliness.of(finished, due)));
                });
        boolean truncated = entries.size() > MAX_LINES;
        return new TrackingBook(
                headers.of(agencyId, clock.instant()),
                from,
                to,
                truncated ? entries.subList(0, MAX_LINES) : entries,
                truncated);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
