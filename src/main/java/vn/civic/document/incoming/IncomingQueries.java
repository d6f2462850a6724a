package vn.civic.document.incoming;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentAccess;
import vn.civic.document.IncomingDeadlines;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;

/**
 * The lists of incoming documents, always scoped to the caller: the documents of their agency they may read (every
 * non-confidential one for a clerk or a leader, and those they are named on), and the overdue parts per department.
 */
@Service
public class IncomingQueries implements IncomingDeadlines {

    /** The rule of decision 0025 in SQL: {@code :reader} is true for a clerk or leader of the agency. */
    private static final String VISIBLE = " d.agency_id = :agency and ((:reader = true and d.confidential = false)"
            + " or exists (select 1 from document_access a where a.document_kind = 'INCOMING'"
            + " and a.document_id = d.id and a.account_id = :account))";

    private static final String OPEN_PART = " h.document_id = d.id and h.done_at is null and h.role <> 'INFORMATION'";

    private final JdbcClient jdbc;
    private final Clock clock;

    IncomingQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of a list. */
    public record Page(List<IncomingListItem> items, int page, boolean hasNext) {}

    /**
     * One tab of the list.
     *
     * @param q words of the summary, the author or the number and symbol; null for any
     * @param status only this status (on the tab of all documents), or null
     */
    @Transactional(readOnly = true)
    public Page list(IncomingTab tab, String q, IncomingStatus status, int page, int size) {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null || actor.agencyId() == null) {
            return new Page(List.of(), 0, false);
        }
        long account = DocumentAccess.accountId(actor).orElse(-1L);
        StringBuilder where = new StringBuilder(VISIBLE);
        switch (tab) {
            case RECEIVED -> where.append(" and d.status = 'RECEIVED'");
            case TO_ASSIGN -> where.append(" and d.status = 'REGISTERED'");
            case MINE ->
                where.append(" and d.status = 'IN_PROGRESS' and exists (select 1 from incoming_handler h" + " where"
                        + OPEN_PART + " and h.account_id = :account)");
            case OVERDUE ->
                where.append(" and d.status = 'IN_PROGRESS' and exists (select 1 from incoming_handler h" + " where"
                        + OPEN_PART + " and h.deadline < :today)");
            case ALL -> {
                if (status != null) {
                    where.append(" and d.status = :status");
                }
            }
        }
        String text = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        if (text != null) {
            where.append(" and (lower(d.summary) like :q or lower(d.author) like :q"
                    + " or lower(d.number_symbol) like :q)");
        }
        var spec = jdbc.sql("select d.id, d.status, d.confidential, d.urgency, d.register_year, d.incoming_number,"
                        + " d.received_at, d.author, d.number_symbol, d.document_date, d.summary,"
                        + " (select min(h.deadline) from incoming_handler h where" + OPEN_PART + ") as deadline,"
                        + " (select min(h.full_name) from incoming_handler h where h.document_id = d.id"
                        + " and h.role = 'LEAD') as lead_name"
                        + " from incoming_document d where" + where
                        + " order by d.received_at desc, d.id desc limit :limit offset :offset")
                .param("agency", actor.agencyId())
                .param("reader", DocumentAccess.readsAgencyDocuments())
                .param("account", account)
                .param("limit", size + 1)
                .param("offset", Math.max(page, 0) * size);
        if (tab == IncomingTab.OVERDUE) {
            spec = spec.param("today", Date.valueOf(today()));
        }
        if (tab == IncomingTab.ALL && status != null) {
            spec = spec.param("status", status.name());
        }
        if (text != null) {
            spec = spec.param("q", text);
        }
        List<IncomingListItem> rows = spec.query(IncomingQueries::item).list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, Math.max(page, 0), hasNext);
    }

    /**
     * The open parts past their deadline in the caller's agency, by department (those without one first), for the
     * documents the caller may read.
     *
     * @param departmentId only this department, or null for all
     */
    @Transactional(readOnly = true)
    public List<OverdueLine> overdue(Long departmentId) {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null || actor.agencyId() == null) {
            return List.of();
        }
        LocalDate today = today();
        var spec = jdbc.sql("select h.department_id, d.id, d.register_year, d.incoming_number, d.number_symbol,"
                        + " d.author, d.summary, h.full_name, h.role, h.deadline"
                        + " from incoming_handler h join incoming_document d on d.id = h.document_id"
                        + " where" + VISIBLE + " and d.status = 'IN_PROGRESS' and h.done_at is null"
                        + " and h.role <> 'INFORMATION' and h.deadline < :today"
                        + (departmentId == null ? "" : " and h.department_id = :department")
                        + " order by h.department_id, h.deadline, d.id")
                .param("agency", actor.agencyId())
                .param("reader", DocumentAccess.readsAgencyDocuments())
                .param("account", DocumentAccess.accountId(actor).orElse(-1L))
                .param("today", Date.valueOf(today));
        if (departmentId != null) {
            spec = spec.param("department", departmentId);
        }
        return spec.query((rs, n) -> {
                    LocalDate deadline = rs.getDate("deadline").toLocalDate();
                    return new OverdueLine(
                            (Long) rs.getObject("department_id", Long.class),
                            rs.getLong("id"),
                            (Integer) rs.getObject("register_year", Integer.class),
                            (Long) rs.getObject("incoming_number", Long.class),
                            rs.getString("number_symbol"),
                            rs.getString("author"),
                            rs.getString("summary"),
                            rs.getString("full_name"),
                            HandlerRole.valueOf(rs.getString("role")),
                            deadline,
                            ChronoUnit.DAYS.between(deadline, today));
                })
                .list();
    }

    /** True when the caller reads the agency's overdue list (a clerk or a leader). */
    public static boolean readsOverdue() {
        return CurrentActor.has(Privilege.DOCUMENT_REGISTER) || CurrentActor.has(Privilege.DOCUMENT_ASSIGN);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandlerDeadline> openBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select d.id, h.id as handler_id, d.agency_id, h.account_id, d.register_year,"
                        + " d.incoming_number, d.number_symbol, d.summary, h.deadline"
                        + " from incoming_handler h join incoming_document d on d.id = h.document_id"
                        + " where d.status = 'IN_PROGRESS' and h.done_at is null and h.role <> 'INFORMATION'"
                        + " and h.deadline between ? and ? order by h.deadline, h.id")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new HandlerDeadline(
                        rs.getLong("id"),
                        rs.getLong("handler_id"),
                        rs.getLong("agency_id"),
                        rs.getLong("account_id"),
                        rs.getObject("incoming_number") + "/" + rs.getObject("register_year") + " ("
                                + rs.getString("number_symbol") + ")",
                        rs.getString("summary"),
                        rs.getDate("deadline").toLocalDate()))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    private static IncomingListItem item(ResultSet rs, int n) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        Date documentDate = rs.getDate("document_date");
        Date deadline = rs.getDate("deadline");
        return new IncomingListItem(
                rs.getLong("id"),
                IncomingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("confidential"),
                rs.getInt("urgency"),
                rs.getObject("register_year", Integer.class),
                rs.getObject("incoming_number", Long.class),
                received.toInstant(),
                rs.getString("author"),
                rs.getString("number_symbol"),
                documentDate == null ? null : documentDate.toLocalDate(),
                rs.getString("summary"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getString("lead_name"));
    }
}
