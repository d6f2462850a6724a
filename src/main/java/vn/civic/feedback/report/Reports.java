package vn.civic.feedback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReporterContact;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;

/** Stores reports and what hangs off them (attributes, files, answers, history, followers) with plain SQL. */
@Repository
class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Report r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into feedback_report (code, token, category_code, description, latitude, longitude,
                            address_text, admin_unit_id, admin_unit_name, urgent, channel, external_reference, client_id,
                            reporter_account_id, reporter_name, contact_name, contact_email, contact_phone,
                            contact_device_id, status, agency_id, agency_name, routing_rule_id, submitted_at,
                            updated_at, routed_at, acknowledge_due_at, resolve_due_at, current_due_at, search_text,
                            version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            0)""")
                .params(
                        r.code,
                        r.token,
                        r.categoryCode,
                        r.description,
                        r.latitude,
                        r.longitude,
                        r.addressText,
                        r.adminUnitId,
                        r.adminUnitName,
                        r.urgent,
                        r.channel.name(),
                        r.externalReference,
                        r.clientId,
                        r.reporterAccountId,
                        r.reporterName,
                        r.contact.name(),
                        r.contact.email(),
                        r.contact.phone(),
                        r.contact.deviceId(),
                        r.status.name(),
                        r.agencyId,
                        r.agencyName,
                        r.routingRuleId,
                        ts(r.submittedAt),
                        ts(r.updatedAt),
                        ts(r.routedAt),
                        ts(r.acknowledgeDueAt),
                        ts(r.resolveDueAt),
                        ts(r.currentDueAt),
                        r.searchText)
                .update(keys, "id");
        r.id = keys.getKey().longValue();
        return r.id;
    }

    /** Writes the mutable state; a concurrent change in between is refused. */
    void update(Report r) {
        int updated = jdbc.sql("""
                        update feedback_report set description = ?, status = ?, agency_id = ?, agency_name = ?,
                            routing_rule_id = ?, return_reason = ?, handler_account_id = ?, handler_name = ?,
                            updated_at = ?, routed_at = ?, acknowledge_due_at = ?, resolve_due_at = ?,
                            current_due_at = ?, acknowledged_at = ?, answered_at = ?, answered_on_time = ?,
                            closed_at = ?, merged_into_code = ?, hidden_reason = ?, rating = ?, rating_comment = ?,
                            rated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        r.description,
                        r.status.name(),
                        r.agencyId,
                        r.agencyName,
                        r.routingRuleId,
                        r.returnReason,
                        r.handlerAccountId,
                        r.handlerName,
                        ts(r.updatedAt),
                        ts(r.routedAt),
                        ts(r.acknowledgeDueAt),
                        ts(r.resolveDueAt),
                        ts(r.currentDueAt),
                        ts(r.acknowledgedAt),
                        ts(r.answeredAt),
                        r.answeredOnTime,
                        ts(r.closedAt),
                        r.mergedIntoCode,
                        r.hiddenReason,
                        r.rating,
                        r.ratingComment,
                        ts(r.ratedAt),
                        r.id,
                        r.version)
                .update();
        if (updated != 1) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
        r.version++;
    }

    Optional<Report> find(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql("select * from feedback_report where code = ?")
                .param(code.strip())
                .query(Reports::map)
                .optional();
    }

    /** The report, its row locked until the transaction ends: staff actions on one report queue up. */
    Optional<Report> lock(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql("select * from feedback_report where code = ? for update")
                .param(code.strip())
                .query(Reports::map)
                .optional();
    }

    Optional<String> codeForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select code from feedback_report where token = ?")
                .param(token.strip())
                .query(String.class)
                .optional();
    }

    void insertAttribute(long reportId, String code, String value, int order) {
        jdbc.sql("insert into feedback_report_attribute (report_id, attribute_code, value_text, value_order)"
                        + " values (?, ?, ?, ?)")
                .params(reportId, code, value, order)
                .update();
    }

    long insertFile(
            long reportId,
            Long answerId,
            String storageKey,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Integer width,
            Integer height,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into feedback_file (report_id, answer_id, storage_key, file_name, content_type,
                            size_bytes, sha256, width, height, hidden, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""")
                .params(reportId, answerId, storageKey, fileName, contentType, size, sha256, width, height, ts(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A stored file of a report. */
    record FileRow(
            long id,
            long reportId,
            Long answerId,
            String storageKey,
            String fileName,
            String contentType,
            long size,
            Integer width,
            Integer height,
            boolean hidden,
            String hiddenReason) {}

    List<FileRow> files(long reportId) {
        return jdbc.sql("select * from feedback_file where report_id = ? order by id")
                .param(reportId)
                .query(Reports::file)
                .list();
    }

    List<FileRow> filesOf(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from feedback_file where report_id in (:ids) order by id")
                .param("ids", reportIds)
                .query(Reports::file)
                .list();
    }

    Optional<FileRow> file(long reportId, long fileId) {
        return jdbc.sql("select * from feedback_file where report_id = ? and id = ?")
                .params(reportId, fileId)
                .query(Reports::file)
                .optional();
    }

    int hideFile(long fileId, String reason) {
        return jdbc.sql("update feedback_file set hidden = true, hidden_reason = ? where id = ? and hidden = false")
                .params(reason, fileId)
                .update();
    }

    long insertAnswer(
            long reportId, String text, long agencyId, String agencyName, String by, String byName, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into feedback_answer (report_id, answer_text, agency_id, agency_name, answered_by,
                            answered_by_name, answered_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, text, agencyId, agencyName, by, byName, ts(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertHistory(
            long reportId,
            Instant at,
            Report.Change change,
            String actorId,
            String actorName,
            long agencyId,
            String agencyName,
            String publicText) {
        jdbc.sql("""
                        insert into feedback_history (report_id, happened_at, action, status_after, actor_id,
                            actor_name, agency_id, agency_name, public_text, note, media_file_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reportId,
                        ts(at),
                        change.action(),
                        change.statusAfter().name(),
                        actorId,
                        actorName,
                        agencyId,
                        agencyName,
                        publicText,
                        change.note(),
                        change.mediaFileId())
                .update();
    }

    /** Adds a follower unless they already follow; true when added. */
    boolean follow(long reportId, long accountId, Instant at) {
        return jdbc.sql("""
                        insert into feedback_follower (report_id, account_id, followed_at)
                        select ?, ?, ? from (values (1)) v (one)
                        where not exists (select 1 from feedback_follower where report_id = ? and account_id = ?)""")
                        .params(reportId, accountId, ts(at), reportId, accountId)
                        .update()
                > 0;
    }

    boolean unfollow(long reportId, long accountId) {
        return jdbc.sql("delete from feedback_follower where report_id = ? and account_id = ?")
                        .params(reportId, accountId)
                        .update()
                > 0;
    }

    List<Long> followers(long reportId) {
        return jdbc.sql("select account_id from feedback_follower where report_id = ? order by followed_at")
                .param(reportId)
                .query(Long.class)
                .list();
    }

    boolean follows(long reportId, long accountId) {
        return jdbc.sql("select count(*) from feedback_follower where report_id = ? and account_id = ?")
                        .params(reportId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the agency was ever responsible for the report (it passed through it). */
    boolean passedThrough(long reportId, long agencyId) {
        return jdbc.sql("select count(*) from feedback_history where report_id = ? and agency_id = ?")
                        .params(reportId, agencyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Answered reports whose reopen window ended before {@code before}, for closing. */
    List<String> answeredBefore(Instant before, int limit) {
        return jdbc.sql("select code from feedback_report where status = 'ANSWERED' and answered_at < ?"
                        + " order by answered_at fetch first " + limit + " rows only")
                .param(ts(before))
                .query(String.class)
                .list();
    }

    /** An answer as stored. */
    record AnswerRow(long id, long reportId, String text, long agencyId, String agencyName, Instant answeredAt) {}

    /** The last answer of each report. */
    java.util.Map<Long, AnswerRow> latestAnswers(List<Long> reportIds) {
        java.util.Map<Long, AnswerRow> answers = new java.util.HashMap<>();
        if (reportIds.isEmpty()) {
            return answers;
        }
        jdbc.sql("""
                        select * from feedback_answer a where a.report_id in (:ids)
                        and a.id = (select max(b.id) from feedback_answer b where b.report_id = a.report_id)""").param("ids", reportIds).query(rs -> {
            answers.put(
                    rs.getLong("report_id"),
                    new AnswerRow(
                            rs.getLong("id"),
                            rs.getLong("report_id"),
                            rs.getString("answer_text"),
                            rs.getLong("agency_id"),
                            rs.getString("agency_name"),
                            instant(rs, "answered_at")));
        });
        return answers;
    }

    /** The last public words of each report's history. */
    java.util.Map<Long, String> latestPublicTexts(List<Long> reportIds) {
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        if (reportIds.isEmpty()) {
            return texts;
        }
        jdbc.sql("""
                        select h.report_id, h.public_text from feedback_history h where h.report_id in (:ids)
                        and h.id = (select max(g.id) from feedback_history g
                                    where g.report_id = h.report_id and g.public_text is not null)""").param("ids", reportIds).query(rs -> {
            texts.put(rs.getLong("report_id"), rs.getString("public_text"));
        });
        return texts;
    }

    /** A history entry as stored. */
    record HistoryRow(
            long id,
            long reportId,
            Instant at,
            String action,
            ReportStatus statusAfter,
            String actorName,
            String agencyName,
            String publicText,
            String note,
            Long mediaFileId) {}

    List<HistoryRow> history(long reportId) {
        return jdbc.sql("select * from feedback_history where report_id = ? order by id")
                .param(reportId)
                .query(Reports::history)
                .list();
    }

    static HistoryRow history(ResultSet rs, int n) throws SQLException {
        return new HistoryRow(
                rs.getLong("id"),
                rs.getLong("report_id"),
                instant(rs, "happened_at"),
                rs.getString("action"),
                ReportStatus.valueOf(rs.getString("status_after")),
                rs.getString("actor_name"),
                rs.getString("agency_name"),
                rs.getString("public_text"),
                rs.getString("note"),
                (Long) rs.getObject("media_file_id", Long.class));
    }

    /** The attributes a report answered, by code, values in order. */
    java.util.Map<String, List<String>> attributes(long reportId) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        jdbc.sql("select attribute_code, value_text from feedback_report_attribute where report_id = ?"
                        + " order by id")
                .param(reportId)
                .query(rs -> {
                    values.computeIfAbsent(rs.getString("attribute_code"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("value_text"));
                });
        return values;
    }

    /** Moves every instant of a report back in time (the demo city's older reports). */
    void shiftBack(long reportId, java.time.Duration by) {
        List<String> columns = List.of(
                "submitted_at",
                "updated_at",
                "routed_at",
                "acknowledge_due_at",
                "resolve_due_at",
                "current_due_at",
                "acknowledged_at",
                "answered_at",
                "closed_at",
                "rated_at");
        for (String column : columns) {
            jdbc.sql("select " + column + " from feedback_report where id = ?")
                    .param(reportId)
                    .query(rs -> {
                        Instant at = instant(rs, column);
                        if (at != null) {
                            jdbc.sql("update feedback_report set " + column + " = ? where id = ?")
                                    .params(ts(at.minus(by)), reportId)
                                    .update();
                        }
                    });
        }
        for (String table : List.of("feedback_history:happened_at", "feedback_answer:answered_at")) {
            String name = table.substring(0, table.indexOf(':'));
            String column = table.substring(table.indexOf(':') + 1);
            jdbc.sql("select id, " + column + " from " + name + " where report_id = ?")
                    .param(reportId)
                    .query((rs, n) -> new Object[] {rs.getLong("id"), instant(rs, column)})
                    .list()
                    .forEach(row -> jdbc.sql("update " + name + " set " + column + " = ? where id = ?")
                            .params(ts(((Instant) row[1]).minus(by)), row[0])
                            .update());
        }
    }

    static Report map(ResultSet rs, int n) throws SQLException {
        Report r = new Report();
        r.id = rs.getLong("id");
        r.code = rs.getString("code");
        r.token = rs.getString("token");
        r.categoryCode = rs.getString("category_code");
        r.description = rs.getString("description");
        r.latitude = (Double) rs.getObject("latitude", Double.class);
        r.longitude = (Double) rs.getObject("longitude", Double.class);
        r.addressText = rs.getString("address_text");
        r.adminUnitId = (Long) rs.getObject("admin_unit_id", Long.class);
        r.adminUnitName = rs.getString("admin_unit_name");
        r.urgent = rs.getBoolean("urgent");
        r.channel = ReportChannel.valueOf(rs.getString("channel"));
        r.externalReference = rs.getString("external_reference");
        r.clientId = rs.getString("client_id");
        r.reporterAccountId = (Long) rs.getObject("reporter_account_id", Long.class);
        r.reporterName = rs.getString("reporter_name");
        r.contact = new ReporterContact(
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("contact_device_id"));
        r.status = ReportStatus.valueOf(rs.getString("status"));
        r.agencyId = rs.getLong("agency_id");
        r.agencyName = rs.getString("agency_name");
        r.routingRuleId = (Long) rs.getObject("routing_rule_id", Long.class);
        r.returnReason = rs.getString("return_reason");
        r.handlerAccountId = (Long) rs.getObject("handler_account_id", Long.class);
        r.handlerName = rs.getString("handler_name");
        r.submittedAt = instant(rs, "submitted_at");
        r.updatedAt = instant(rs, "updated_at");
        r.routedAt = instant(rs, "routed_at");
        r.acknowledgeDueAt = instant(rs, "acknowledge_due_at");
        r.resolveDueAt = instant(rs, "resolve_due_at");
        r.currentDueAt = instant(rs, "current_due_at");
        r.acknowledgedAt = instant(rs, "acknowledged_at");
        r.answeredAt = instant(rs, "answered_at");
        r.answeredOnTime = (Boolean) rs.getObject("answered_on_time", Boolean.class);
        r.closedAt = instant(rs, "closed_at");
        r.mergedIntoCode = rs.getString("merged_into_code");
        r.hiddenReason = rs.getString("hidden_reason");
        r.rating = (Integer) rs.getObject("rating", Integer.class);
        r.ratingComment = rs.getString("rating_comment");
        r.ratedAt = instant(rs, "rated_at");
        r.searchText = rs.getString("search_text");
        r.version = rs.getLong("version");
        return r;
    }

    private static FileRow file(ResultSet rs, int n) throws SQLException {
        return new FileRow(
                rs.getLong("id"),
                rs.getLong("report_id"),
                (Long) rs.getObject("answer_id", Long.class),
                rs.getString("storage_key"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                (Integer) rs.getObject("width", Integer.class),
                (Integer) rs.getObject("height", Integer.class),
                rs.getBoolean("hidden"),
                rs.getString("hidden_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
