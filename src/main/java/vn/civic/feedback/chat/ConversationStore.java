package vn.civic.feedback.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.civic.feedback.PhotoUpload;

/** The conversations' tables, in plain SQL within the caller's transaction. */
@Component
class ConversationStore {

    private static final String COLUMNS = "user_id, oa_id, step, description, category_code, offered_categories,"
            + " latitude, longitude, address_text, admin_unit_id, admin_unit_name, photo_asked, started_at, updated_at,"
            + " (select count(*) from feedback_chat_photo p where p.user_id = c.user_id) as photo_count";

    private final JdbcTemplate jdbc;

    ConversationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- events already handled ----

    boolean seen(String eventKey) {
        return !jdbc.queryForList("select id from feedback_chat_event where event_key = ?", Long.class, eventKey)
                .isEmpty();
    }

    /**
     * Records the event as handled; false when it was already (a repeat, even one being handled right now by another
     * request: the insert waits for that one's transaction).
     */
    boolean firstTime(String eventKey, String eventName, Instant at) {
        return jdbc.update(
                        "insert into feedback_chat_event (event_key, event_name, received_at) values (?, ?, ?)"
                                + " on conflict do nothing",
                        eventKey,
                        eventName,
                        Timestamp.from(at))
                > 0;
    }

    int forgetEventsBefore(Instant before) {
        return jdbc.update("delete from feedback_chat_event where received_at < ?", Timestamp.from(before));
    }

    // ---- conversations ----

    /** The user's conversation, created idle when new, with its row locked until the transaction ends. */
    Conversation lock(String userId, Instant now) {
        jdbc.update(
                "insert into feedback_chat_conversation (user_id, step, photo_asked, updated_at)"
                        + " values (?, 'IDLE', false, ?) on conflict do nothing",
                userId,
                Timestamp.from(now));
        jdbc.queryForList(
                "select user_id from feedback_chat_conversation where user_id = ? for update", String.class, userId);
        return find(userId).orElseThrow();
    }

    Optional<Conversation> find(String userId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from feedback_chat_conversation c where user_id = ?",
                        ConversationStore::conversation,
                        userId)
                .stream()
                .findFirst();
    }

    /** Users whose draft was last touched before {@code before}: the clean-up's work list. */
    List<String> draftsIdleSince(Instant before, int limit) {
        return jdbc.queryForList(
                "select user_id from feedback_chat_conversation where step <> 'IDLE' and updated_at < ?"
                        + " order by updated_at fetch first " + limit + " rows only",
                String.class,
                Timestamp.from(before));
    }

    void save(Conversation c) {
        jdbc.update(
                "update feedback_chat_conversation set oa_id = ?, step = ?, description = ?, category_code = ?,"
                        + " offered_categories = ?, latitude = ?, longitude = ?, address_text = ?, admin_unit_id = ?,"
                        + " admin_unit_name = ?, photo_asked = ?, started_at = ?, updated_at = ? where user_id = ?",
                c.oaId,
                c.step.name(),
                c.description,
                c.categoryCode,
                c.offeredCategories.isEmpty() ? null : String.join(",", c.offeredCategories),
                c.latitude,
                c.longitude,
                c.addressText,
                c.adminUnitId,
                c.adminUnitName,
                c.photoAsked,
                c.startedAt == null ? null : Timestamp.from(c.startedAt),
                Timestamp.from(c.updatedAt),
                c.userId);
    }

    // ---- photos of the draft ----

    void addPhoto(String userId, byte[] content, String contentType, Instant at) {
        jdbc.update(
                "insert into feedback_chat_photo (user_id, content, content_type, added_at) values (?, ?, ?, ?)",
                userId,
                content,
                contentType,
                Timestamp.from(at));
    }

    void dropPhotos(String userId) {
        jdbc.update("delete from feedback_chat_photo where user_id = ?", userId);
    }

    List<PhotoUpload> photos(String userId) {
        List<PhotoUpload> photos = new ArrayList<>();
        jdbc.query(
                "select content, content_type from feedback_chat_photo where user_id = ? order by id",
                rs -> {
                    String type = rs.getString("content_type");
                    String name = "zalo-" + (photos.size() + 1) + "." + type.substring(type.indexOf('/') + 1);
                    photos.add(new PhotoUpload(name, type, rs.getBytes("content")));
                },
                userId);
        return photos;
    }

    // ---- reports filed through a conversation ----

    void recordReport(String reportCode, String userId, String oaId, Instant at) {
        jdbc.update(
                "insert into feedback_chat_report (report_code, user_id, oa_id, created_at) values (?, ?, ?, ?)",
                reportCode,
                userId,
                oaId,
                Timestamp.from(at));
    }

    /** The conversation a report came from. */
    Optional<String> userOfReport(String reportCode) {
        return jdbc
                .queryForList(
                        "select user_id from feedback_chat_report where report_code = ?", String.class, reportCode)
                .stream()
                .findFirst();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        Conversation c = new Conversation();
        c.userId = rs.getString("user_id");
        c.oaId = rs.getString("oa_id");
        c.step = Conversation.Step.valueOf(rs.getString("step"));
        c.description = rs.getString("description");
        c.categoryCode = rs.getString("category_code");
        String offered = rs.getString("offered_categories");
        c.offeredCategories = offered == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(offered.split(",")));
        c.latitude = rs.getObject("latitude", Double.class);
        c.longitude = rs.getObject("longitude", Double.class);
        c.addressText = rs.getString("address_text");
        c.adminUnitId = rs.getObject("admin_unit_id", Long.class);
        c.adminUnitName = rs.getString("admin_unit_name");
        c.photoAsked = rs.getBoolean("photo_asked");
        Timestamp started = rs.getTimestamp("started_at");
        c.startedAt = started == null ? null : started.toInstant();
        c.updatedAt = rs.getTimestamp("updated_at").toInstant();
        c.photoCount = rs.getInt("photo_count");
        return c;
    }
}
