package vn.civic.feedback.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.feedback.DashboardFigures;
import vn.civic.feedback.DashboardFilter;
import vn.civic.feedback.DeadlineFlag;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FigureRow;
import vn.civic.feedback.MyReport;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.PublicReportFilter.Circle;
import vn.civic.feedback.PublicReportPage;
import vn.civic.feedback.QueueFilter;
import vn.civic.feedback.QueueItem;
import vn.civic.feedback.QueuePage;
import vn.civic.feedback.ReportDeadline;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReportUpdate;
import vn.civic.feedback.StaffReport;
import vn.civic.feedback.StoredPhoto;
import vn.civic.feedback.report.Reports.FileRow;
import vn.civic.feedback.routing.Router;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.text.SearchText;

/**
 * Every read of reports: the public ones (by code, lists with filters, nearby open reports, the updates feed, files),
 * the citizen's own, and the staff's (queue, one report, dashboard), plus the deadlines for the reminders. Lists are
 * one query on indexed columns plus three for what hangs off the page.
 */
@Component
@Transactional(readOnly = true)
class ReportReads {

    /** Metres per degree of latitude (and of longitude at the equator). */
    static final double METRES_PER_DEGREE = 111_320;

    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private static final String OPEN_STATUSES = "('SUBMITTED', 'ROUTED', 'IN_PROGRESS', 'REOPENED')";

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportViews views;
    private final ReportFiles files;
    private final Deadlines deadlines;
    private final FeedbackActors actors;
    private final Router router;
    private final OrgDirectory org;
    private final Clock clock;

    ReportReads(
            JdbcClient jdbc,
            Reports reports,
            ReportViews views,
            ReportFiles files,
            Deadlines deadlines,
            FeedbackActors actors,
            Router router,
            OrgDirectory org,
            Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.views = views;
        this.files = files;
        this.deadlines = deadlines;
        this.actors = actors;
        this.router = router;
        this.org = org;
        this.clock = clock;
    }

    // ---- public ----

    Optional<String> codeForToken(String token) {
        return reports.codeForToken(token);
    }

    Optional<PublicReport> publicReport(String code) {
        return reports.find(code).map(views::publicView);
    }

    PublicReportPage listPublic(PublicReportFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!filter.codes().isEmpty()) {
            where.append(" and code in (:codes)");
            params.put("codes", filter.codes().stream().map(String::strip).toList());
        }
        if (!filter.categoryCodes().isEmpty()) {
            where.append(" and category_code in (:categories)");
            params.put(
                    "categories",
                    filter.categoryCodes().stream().map(String::strip).toList());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put(
                    "statuses",
                    filter.statuses().stream().map(Enum::name).sorted().toList());
        } else if (filter.codes().isEmpty()) {
            where.append(" and status <> 'HIDDEN'");
        }
        range(where, params, "submitted_at", filter.submittedFrom(), filter.submittedTo());
        range(where, params, "updated_at", filter.updatedAfter(), filter.updatedBefore());
        if (filter.agencyId() != null) {
            where.append(" and agency_id = :agency");
            params.put("agency", filter.agencyId());
        }
        if (filter.adminUnitId() != null) {
            where.append(" and admin_unit_id in (:units)");
            params.put("units", List.copyOf(router.unitAndBelow(filter.adminUnitId())));
        }
        if (filter.box() != null) {
            box(
                    where,
                    params,
                    "b",
                    filter.box().minLatitude(),
                    filter.box().minLongitude(),
                    filter.box().maxLatitude(),
                    filter.box().maxLongitude());
        }
        Circle near = filter.near();
        if (near != null) {
            double[] b = boxAround(near.latitude(), near.longitude(), near.radiusMetres());
            box(where, params, "c", b[0], b[1], b[2], b[3]);
        }
        int wanted = filter.offset() + filter.limit() + 1;
        List<Report> matching;
        if (near == null) {
            matching = select(where, params, filter.offset(), filter.limit() + 1);
        } else {
            // the box's corners lie outside the circle: read in order until enough rows are inside it
            int cap = wanted * 2 + 50;
            while (true) {
                List<Report> candidates = select(where, params, 0, cap);
                matching = candidates.stream()
                        .filter(r -> distance(near.latitude(), near.longitude(), r.latitude, r.longitude)
                                <= near.radiusMetres())
                        .toList();
                if (matching.size() >= wanted || candidates.size() < cap) {
                    break;
                }
                cap *= 4;
            }
            matching = matching.subList(Math.min(filter.offset(), matching.size()), Math.min(wanted, matching.size()));
        }
        boolean more = matching.size() > filter.limit();
        List<Report> page = more ? matching.subList(0, filter.limit()) : matching;
        return new PublicReportPage(views.publicViews(page), more);
    }

    private List<Report> select(StringBuilder where, Map<String, Object> params, int offset, int limit) {
        return jdbc.sql("select * from feedback_report" + where
                        + " order by submitted_at desc, id desc offset " + offset + " rows fetch next " + limit
                        + " rows only")
                .params(params)
                .query(Reports::map)
                .list();
    }

    List<PublicReport> nearbyOpen(String categoryCode, double latitude, double longitude, int radiusMetres, int limit) {
        int radius = radiusMetres <= 0 ? 150 : Math.min(radiusMetres, 5_000);
        double[] b = boxAround(latitude, longitude, radius);
        List<Report> candidates = jdbc.sql("select * from feedback_report where category_code = ? and status in "
                        + OPEN_STATUSES
                        + " and latitude between ? and ? and longitude between ? and ?"
                        + " order by submitted_at desc fetch first 2000 rows only")
                .params(categoryCode, b[0], b[2], b[1], b[3])
                .query(Reports::map)
                .list();
        List<Report> nearest = candidates.stream()
                .filter(r -> distance(latitude, longitude, r.latitude, r.longitude) <= radius)
                .sorted(Comparator.comparingDouble(r -> distance(latitude, longitude, r.latitude, r.longitude)))
                .limit(Math.max(1, Math.min(limit, 50)))
                .toList();
        return views.publicViews(nearest);
    }

    List<ReportUpdate> updates(Instant start, Instant end, int limit) {
        int max = limit <= 0 ? 1000 : Math.min(limit, 10_000);
        StringBuilder sql = new StringBuilder("""
                select h.id, h.happened_at, h.status_after, h.public_text, h.media_file_id, r.code, f.hidden as media_hidden
                from feedback_history h
                join feedback_report r on r.id = h.report_id
                left join feedback_file f on f.id = h.media_file_id
                where h.public_text is not null and (r.status <> 'HIDDEN' or h.action = 'hidden')""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (start != null) {
            sql.append(" and h.happened_at >= :start");
            params.put("start", Timestamp.from(start));
        }
        if (end != null) {
            sql.append(" and h.happened_at < :end");
            params.put("end", Timestamp.from(end));
        }
        sql.append(" order by h.happened_at, h.id fetch first ").append(max).append(" rows only");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> update(rs))
                .list();
    }

    List<ReportUpdate> updatesOf(String code) {
        Optional<Report> report = reports.find(code);
        if (report.isEmpty()) {
            return List.of();
        }
        boolean hidden = report.get().status == ReportStatus.HIDDEN;
        return jdbc
                .sql("""
                        select h.id, h.happened_at, h.status_after, h.public_text, h.media_file_id, r.code,
                            f.hidden as media_hidden, h.action
                        from feedback_history h
                        join feedback_report r on r.id = h.report_id
                        left join feedback_file f on f.id = h.media_file_id
                        where h.report_id = ? and h.public_text is not null order by h.id""")
                .param(report.get().id)
                .query((rs, n) -> hidden && !"hidden".equals(rs.getString("action")) ? null : update(rs))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static ReportUpdate update(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long media = (Long) rs.getObject("media_file_id", Long.class);
        boolean mediaHidden = rs.getBoolean("media_hidden");
        String code = rs.getString("code");
        return new ReportUpdate(
                rs.getLong("id"),
                code,
                ReportStatus.valueOf(rs.getString("status_after")),
                rs.getString("public_text"),
                Reports.instant(rs, "happened_at"),
                media == null || mediaHidden ? null : FeedbackPaths.file(code, media));
    }

    Optional<StoredPhoto> publicPhoto(String code, long fileId) {
        Optional<Report> report = reports.find(code);
        if (report.isEmpty() || report.get().status == ReportStatus.HIDDEN) {
            return Optional.empty();
        }
        return reports.file(report.get().id, fileId).filter(f -> !f.hidden()).map(this::stored);
    }

    private StoredPhoto stored(FileRow f) {
        return new StoredPhoto(f.id(), f.fileName(), f.contentType(), files.read(f.storageKey()));
    }

    // ---- the citizen ----

    List<MyReport> myReports(int limit, int offset) {
        long account = actors.requireCitizen();
        List<Report> mine = jdbc.sql("""
                        select r.* from feedback_report r join feedback_follower f on f.report_id = r.id
                        where f.account_id = ? order by r.submitted_at desc, r.id desc
                        offset ? rows fetch next ? rows only""")
                .params(account, Math.max(0, offset), Math.max(1, Math.min(limit <= 0 ? 20 : limit, 200)))
                .query(Reports::map)
                .list();
        List<PublicReport> publicViews = views.publicViews(mine);
        List<MyReport> result = new ArrayList<>(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            Report r = mine.get(i);
            result.add(
                    mine(r, publicViews.get(i), r.reporterAccountId != null && r.reporterAccountId == account, true));
        }
        return result;
    }

    Optional<MyReport> myReport(String code) {
        long account = actors.requireCitizen();
        Optional<Report> report = reports.find(code);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Report r = report.get();
        boolean reporter = r.reporterAccountId != null && r.reporterAccountId == account;
        boolean following = reports.follows(r.id, account);
        if (!reporter && !following) {
            return Optional.empty();
        }
        return Optional.of(mine(r, views.publicView(r), reporter, following));
    }

    Optional<MyReport> tokenHolderReport(String code, String token) {
        return reports.find(code)
                .filter(r -> FeedbackActors.holdsToken(r, token))
                .map(r -> mine(r, views.publicView(r), true, false));
    }

    private MyReport mine(Report r, PublicReport view, boolean reporter, boolean following) {
        Instant now = clock.instant();
        Instant reopenUntil = r.answeredAt == null ? null : deadlines.reopenUntil(r.answeredAt);
        boolean answered = r.answeredAt != null
                && (r.status == ReportStatus.ANSWERED || r.status == ReportStatus.CLOSED)
                && r.mergedIntoCode == null;
        return new MyReport(
                view,
                reporter,
                following,
                reporter && answered && r.ratedAt == null,
                reporter && answered && !now.isAfter(reopenUntil),
                reopenUntil);
    }

    // ---- staff ----

    QueuePage queue(QueueFilter filter) {
        if (!CurrentActor.has(Privilege.FEEDBACK_HANDLE) && !actors.isDeskStaff()) {
            throw new AccessDeniedException("Missing FEEDBACK_HANDLE");
        }
        long agency = actors.agencyId();
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" where agency_id = :agency");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agency", agency);
        Set<ReportStatus> statuses = filter.statuses().isEmpty() ? ReportStatus.OPEN : filter.statuses();
        where.append(" and status in (:statuses)");
        params.put("statuses", statuses.stream().map(Enum::name).sorted().toList());
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.append(" and category_code = :category");
            params.put("category", filter.categoryCode().strip());
        }
        if (filter.mine()) {
            where.append(" and handler_account_id = :me");
            params.put("me", actors.staffAccountId());
        }
        // the staff pages' further filters (decision 0035): a unit with the units under it, a named handler, dates
        if (filter.adminUnitId() != null) {
            where.append(" and admin_unit_id in (:units)");
            params.put("units", List.copyOf(router.unitAndBelow(filter.adminUnitId())));
        }
        if (filter.handlerAccountId() != null) {
            where.append(" and handler_account_id = :handler");
            params.put("handler", filter.handlerAccountId());
        }
        if (filter.submittedFrom() != null) {
            where.append(" and submitted_at >= :submittedFrom");
            params.put("submittedFrom", Timestamp.from(filter.submittedFrom()));
        }
        if (filter.submittedBefore() != null) {
            where.append(" and submitted_at < :submittedBefore");
            params.put("submittedBefore", Timestamp.from(filter.submittedBefore()));
        }
        String text = SearchText.fold(filter.text());
        if (!text.isEmpty()) {
            where.append(" and search_text like :text escape '\\'");
            params.put(
                    "text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        params.put("now", Timestamp.from(now));
        params.put("soon", Timestamp.from(deadlines.dueSoonBefore(now)));
        params.put("urgentSoon", Timestamp.from(deadlines.urgentDueSoonBefore(now)));
        String dueSoon = "(current_due_at >= :now and ((urgent and current_due_at < :urgentSoon)"
                + " or (not urgent and current_due_at < :soon)))";
        var counts = jdbc.sql("select count(*) as total,"
                        + " sum(case when current_due_at < :now then 1 else 0 end) as overdue,"
                        + " sum(case when " + dueSoon + " then 1 else 0 end) as due_soon"
                        + " from feedback_report" + where)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("overdue"), rs.getLong("due_soon")})
                .single();
        StringBuilder pageWhere = new StringBuilder(where);
        if (filter.flag() == DeadlineFlag.OVERDUE) {
            pageWhere.append(" and current_due_at < :now");
        } else if (filter.flag() == DeadlineFlag.DUE_SOON) {
            pageWhere.append(" and ").append(dueSoon);
        } else if (filter.flag() == DeadlineFlag.ON_TIME) {
            pageWhere.append(
                    " and ((urgent and current_due_at >= :urgentSoon) or (not urgent and current_due_at >= :soon))");
        } else if (filter.flag() == DeadlineFlag.NONE) {
            pageWhere.append(" and current_due_at is null");
        }
        long total = filter.flag() == null
                ? counts[0]
                : jdbc.sql("select count(*) from feedback_report" + pageWhere)
                        .params(params)
                        .query(Long.class)
                        .single();
        List<Report> page = jdbc.sql("select * from feedback_report" + pageWhere
                        + " order by current_due_at asc nulls last, submitted_at, id offset "
                        + (long) filter.page() * filter.size() + " rows fetch next " + filter.size() + " rows only")
                .params(params)
                .query(Reports::map)
                .list();
        Map<String, FeedbackCategory> byCode = views.categoryMap();
        List<QueueItem> items =
                page.stream().map(r -> views.queueItem(r, byCode, now)).toList();
        return new QueuePage(items, total, filter.page(), filter.size(), counts[2], counts[1]);
    }

    StaffReport staffReport(String code) {
        Report r = visibleToStaff(code);
        boolean mayAct = (CurrentActor.has(Privilege.FEEDBACK_HANDLE) && r.agencyId == actors.agencyId())
                || actors.isDeskStaff();
        return views.staffView(r, reports.followers(r.id).size(), mayAct, clock.instant());
    }

    Optional<StoredPhoto> staffFile(String code, long fileId) {
        Report r = visibleToStaff(code);
        return reports.file(r.id, fileId).map(this::stored);
    }

    /**
     * A report staff may read: anyone at the desk; otherwise one at the actor's agency or one it passed through, or,
     * for a leader ({@code FEEDBACK_DASHBOARD}), one at an agency of their agency scope.
     */
    Report visibleToStaff(String code) {
        boolean handler = CurrentActor.has(Privilege.FEEDBACK_HANDLE);
        boolean leader = CurrentActor.has(Privilege.FEEDBACK_DASHBOARD);
        boolean desk = actors.isDeskStaff();
        if (!handler && !leader && !desk) {
            throw new AccessDeniedException("Missing FEEDBACK_HANDLE");
        }
        Report r = reports.find(code).orElseThrow(() -> FeedbackActors.notFound(code));
        if (desk) {
            return r;
        }
        Long agency =
                actors.actor().map(vn.civic.platform.security.Actor::agencyId).orElse(null);
        if (agency == null) {
            throw FeedbackActors.notFound(code);
        }
        if (r.agencyId == agency || reports.passedThrough(r.id, agency)) {
            return r;
        }
        if (leader && org.agencyScope(agency).contains(r.agencyId)) {
            return r;
        }
        throw FeedbackActors.notFound(code);
    }

    // ---- leaders ----

    DashboardFigures dashboard(DashboardFilter filter) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = dashboardWhere(filter, where);
        String sums = " count(*) as received,"
                + " sum(case when status in " + OPEN_STATUSES + " then 1 else 0 end) as open_count,"
                + " sum(case when status in " + OPEN_STATUSES + " and current_due_at < :now then 1 else 0 end)"
                + " as overdue,"
                + " sum(case when status in ('ANSWERED', 'CLOSED') and answered_at is not null then 1 else 0 end)"
                + " as answered,"
                + " sum(case when status in ('ANSWERED', 'CLOSED') and answered_on_time = true then 1 else 0 end)"
                + " as on_time,"
                + " sum(case when rating is not null then 1 else 0 end) as rated,"
                + " sum(case when rating <= 2 then 1 else 0 end) as unsatisfied,"
                + " sum(case when status in ('ANSWERED', 'CLOSED') and answered_on_time = true"
                + " and (rating is null or rating > 2) then 1 else 0 end) as satisfied";
        Map<String, FeedbackCategory> byCode = views.categoryMap();
        List<FigureRow> byCategory = jdbc
                .sql("select category_code as k," + sums + " from feedback_report" + where + " group by category_code")
                .params(params)
                .query((rs, n) -> {
                    FeedbackCategory c = byCode.get(rs.getString("k"));
                    return figure(
                            rs,
                            rs.getString("k"),
                            c == null ? rs.getString("k") : c.nameVi(),
                            c == null ? null : c.nameEn());
                })
                .list()
                .stream()
                .sorted(Comparator.comparingLong(FigureRow::received).reversed().thenComparing(FigureRow::key))
                .toList();
        List<FigureRow> byAgency = jdbc
                .sql("select agency_id as k, max(agency_name) as name," + sums + " from feedback_report" + where
                        + " group by agency_id")
                .params(params)
                .query((rs, n) -> {
                    String name = org.findAgency(rs.getLong("k"))
                            .map(AgencyView::name)
                            .orElse(rs.getString("name"));
                    String nameEn = org.findAgency(rs.getLong("k"))
                            .map(AgencyView::nameEn)
                            .orElse(null);
                    return figure(rs, String.valueOf(rs.getLong("k")), name, nameEn);
                })
                .list()
                .stream()
                .sorted(Comparator.comparingLong(FigureRow::received).reversed().thenComparing(FigureRow::labelVi))
                .toList();
        Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
        jdbc.sql("select status, count(*) as n from feedback_report" + where + " group by status")
                .params(params)
                .query(rs -> {
                    byStatus.put(ReportStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        FigureRow total = jdbc.sql("select" + sums + " from feedback_report" + where)
                .params(params)
                .query((rs, n) -> figure(rs, "*", "Tổng cộng", "Total"))
                .single();
        return new DashboardFigures(total, byCategory, byAgency, byStatus);
    }

    List<QueueItem> exportRows(DashboardFilter filter, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = dashboardWhere(filter, where);
        int max = limit <= 0 ? 10_000 : Math.min(limit, 100_000);
        Instant now = clock.instant();
        Map<String, FeedbackCategory> byCode = views.categoryMap();
        return jdbc
                .sql("select * from feedback_report" + where + " order by submitted_at desc, id desc fetch first " + max
                        + " rows only")
                .params(params)
                .query(Reports::map)
                .list()
                .stream()
                .map(r -> views.queueItem(r, byCode, now))
                .toList();
    }

    private Map<String, Object> dashboardWhere(DashboardFilter filter, StringBuilder where) {
        FeedbackActors.require(Privilege.FEEDBACK_DASHBOARD);
        long agency = actors.agencyId();
        Set<Long> scope = actors.isDeskStaff()
                ? org.activeAgencies().stream().map(AgencyView::id).collect(Collectors.toSet())
                : org.agencyScope(agency);
        if (actors.isDeskStaff()) {
            scope = new java.util.HashSet<>(scope);
            scope.addAll(org.agencyScope(agency));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        where.append(" where agency_id in (:scope)");
        if (filter.agencyId() != null) {
            if (!scope.contains(filter.agencyId())) {
                throw NotFoundException.of("Agency", filter.agencyId());
            }
            scope = Set.of(filter.agencyId());
        }
        params.put("scope", List.copyOf(scope));
        if (filter.from() != null) {
            where.append(" and submitted_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and submitted_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.append(" and category_code = :category");
            params.put("category", filter.categoryCode().strip());
        }
        params.put("now", Timestamp.from(clock.instant()));
        return params;
    }

    private static FigureRow figure(java.sql.ResultSet rs, String key, String labelVi, String labelEn)
            throws java.sql.SQLException {
        return new FigureRow(
                key,
                labelVi,
                labelEn,
                rs.getLong("received"),
                rs.getLong("open_count"),
                rs.getLong("overdue"),
                rs.getLong("answered"),
                rs.getLong("on_time"),
                rs.getLong("rated"),
                rs.getLong("unsatisfied"),
                rs.getLong("satisfied"));
    }

    // ---- reminders ----

    List<ReportDeadline> deadlinesBetween(Instant from, Instant to) {
        Map<String, FeedbackCategory> byCode = views.categoryMap();
        return jdbc
                .sql("select * from feedback_report where current_due_at >= ? and current_due_at < ?"
                        + " and status in " + OPEN_STATUSES + " order by current_due_at, id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(Reports::map)
                .list()
                .stream()
                .map(r -> {
                    FeedbackCategory c = byCode.get(r.categoryCode);
                    return new ReportDeadline(
                            r.code,
                            c == null ? r.categoryCode : c.nameVi(),
                            ReportViews.excerpt(r.description),
                            r.currentIsAcknowledge() ? ReportDeadline.Kind.ACKNOWLEDGE : ReportDeadline.Kind.RESOLVE,
                            r.currentDueAt,
                            r.urgent,
                            r.agencyId,
                            r.handlerAccountId);
                })
                .toList();
    }

    // ---- geometry and SQL helpers ----

    /** Great-circle distance in metres (haversine). */
    static double distance(double lat1, double lon1, Double lat2, Double lon2) {
        if (lat2 == null || lon2 == null) {
            return Double.MAX_VALUE;
        }
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** {minLat, minLon, maxLat, maxLon} of a box holding the circle. */
    static double[] boxAround(double latitude, double longitude, double radiusMetres) {
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double dLon = radiusMetres / (METRES_PER_DEGREE * cos);
        return new double[] {latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon};
    }

    private static void box(
            StringBuilder where,
            Map<String, Object> params,
            String prefix,
            double minLat,
            double minLon,
            double maxLat,
            double maxLon) {
        where.append(" and latitude between :")
                .append(prefix)
                .append("MinLat and :")
                .append(prefix)
                .append("MaxLat and longitude between :")
                .append(prefix)
                .append("MinLon and :")
                .append(prefix)
                .append("MaxLon");
        params.put(prefix + "MinLat", minLat);
        params.put(prefix + "MaxLat", maxLat);
        params.put(prefix + "MinLon", minLon);
        params.put(prefix + "MaxLon", maxLon);
    }

    private static void range(
            StringBuilder where, Map<String, Object> params, String column, Instant from, Instant to) {
        if (from != null) {
            where.append(" and ").append(column).append(" >= :").append(column).append("From");
            params.put(column + "From", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and ").append(column).append(" <= :").append(column).append("To");
            params.put(column + "To", Timestamp.from(to));
        }
    }
}
