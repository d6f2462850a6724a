package vn.civic.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.civic.dossier.TrackingView.TrackedStep;

/**
 * Public tracking by dossier code (no sign-in). The code alone reveals nothing: the caller must also give the last 4
 * digits of the applicant's personal ID number or tax code, or of their phone. A wrong factor and an unknown code
 * answer alike (empty), and the answer holds no personal data.
 *
 * <p>Guessing is limited: failed look-ups are counted per code and per client address in the database (so every node
 * sees them); a code or an address with too many in the last hour is locked for an hour and answers empty even with
 * the right factor. A look-up that succeeds costs one indexed query (the locks are joined into it); only failures
 * write.
 */
@Service
public class DossierTracking {

    static final int FACTOR_LENGTH = 4;
    static final Duration WINDOW = Duration.ofHours(1);

    private static final int CODE_MAX = 60;
    private static final int CLIENT_MAX = 64;

    private static final String QUERY = """
            select d.code, d.procedure_name, d.status, d.submitted_at, d.accepted_at, d.due_at, d.finished_at,
                   d.returned_at, d.applicant_id_number, d.applicant_phone,
                   lc.locked_until as code_locked_until, la.locked_until as client_locked_until,
                   s.step_order, s.name, s.started_at, s.finished_at as step_finished_at
            from dossier d
            left join dossier_tracking_lock lc on lc.lock_key = ?
            left join dossier_tracking_lock la on la.lock_key = ?
            left join dossier_step s on s.dossier_id = d.id
            where d.code = ?
            order by s.step_order
            """;

    private final JdbcTemplate jdbc;
    private final DossierProperties properties;
    private final Clock clock;

    DossierTracking(JdbcTemplate jdbc, DossierProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * True when a dossier has this code. It tells nothing else (no status, no applicant): citizen feedback about a
     * dossier must name an existing one (decision 0031).
     */
    public boolean exists(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty() || trimmed.length() > CODE_MAX) {
            return false;
        }
        return !jdbc.queryForList("select 1 from dossier where code = ?", Integer.class, trimmed)
                .isEmpty();
    }

    /** {@link #track(String, String, String)} without a client address: only the code's failures are counted. */
    public Optional<TrackingView> track(String code, String factor) {
        return track(code, factor, null);
    }

    /**
     * The dossier's status and steps, when the code exists, the factor matches, and neither the code nor the client
     * is locked.
     *
     * @param factor the last 4 digits of the applicant's personal ID number or tax code, or of their phone number
     * @param client the caller's address, or null when unknown
     */
    public Optional<TrackingView> track(String code, String factor, String client) {
        String trimmedCode = code == null ? "" : code.strip();
        String clientKey = client == null ? null : truncate(client, CLIENT_MAX);
        if (trimmedCode.isEmpty()
                || trimmedCode.length() > CODE_MAX
                || factor == null
                || !factor.strip().matches("\\d{" + FACTOR_LENGTH + "}")) {
            return failed(trimmedCode, clientKey);
        }
        String digits = factor.strip();
        Instant now = clock.instant();
        List<TrackedStep> steps = new ArrayList<>();
        TrackingView[] head = new TrackingView[1];
        boolean[] shown = new boolean[1];
        jdbc.query(
                QUERY,
                rs -> {
                    if (head[0] == null) {
                        boolean matches = endsWith(rs.getString("applicant_id_number"), digits)
                                || endsWith(rs.getString("applicant_phone"), digits);
                        shown[0] = matches
                                && !locked(instant(rs, "code_locked_until"), now)
                                && !locked(instant(rs, "client_locked_until"), now);
                        head[0] = new TrackingView(
                                rs.getString("code"),
                                rs.getString("procedure_name"),
                                DossierStatus.ofCode(rs.getInt("status")),
                                instant(rs, "submitted_at"),
                                instant(rs, "accepted_at"),
                                instant(rs, "due_at"),
                                instant(rs, "finished_at"),
                                instant(rs, "returned_at"),
                                steps);
                    }
                    if (rs.getObject("step_order") != null) {
                        steps.add(new TrackedStep(
                                rs.getInt("step_order"),
                                rs.getString("name"),
                                instant(rs, "started_at"),
                                instant(rs, "step_finished_at")));
                    }
                },
                "code:" + trimmedCode,
                clientKey == null ? null : "client:" + clientKey,
                trimmedCode);
        return shown[0] ? Optional.of(head[0]) : failed(trimmedCode, clientKey);
    }

    /** Counts a failed look-up and locks its code or client when they reached their limit; answers empty. */
    private Optional<TrackingView> failed(String code, String client) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        String codeKey = truncate(code, CODE_MAX);
        String clientKey = client == null ? "" : client;
        jdbc.update(
                "insert into dossier_tracking_failure (code, client, failed_at) values (?, ?, ?)",
                codeKey,
                clientKey,
                Timestamp.from(now));
        jdbc.update(
                "delete from dossier_tracking_failure where code = ? and failed_at < ?",
                codeKey,
                Timestamp.from(since));
        Integer forCode = jdbc.queryForObject(
                "select count(*) from dossier_tracking_failure where code = ? and failed_at >= ?",
                Integer.class,
                codeKey,
                Timestamp.from(since));
        if (forCode != null && forCode >= properties.trackingFailuresPerCode()) {
            lock("code:" + codeKey, now.plus(WINDOW));
        }
        if (client != null) {
            Integer forClient = jdbc.queryForObject(
                    "select count(*) from dossier_tracking_failure where client = ? and failed_at >= ?",
                    Integer.class,
                    clientKey,
                    Timestamp.from(since));
            if (forClient != null && forClient >= properties.trackingFailuresPerClient()) {
                lock("client:" + clientKey, now.plus(WINDOW));
            }
        }
        return Optional.empty();
    }

    private void lock(String key, Instant until) {
        int updated = jdbc.update(
                "update dossier_tracking_lock set locked_until = ? where lock_key = ?", Timestamp.from(until), key);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into dossier_tracking_lock (lock_key, locked_until) values (?, ?)",
                        key,
                        Timestamp.from(until));
            } catch (DuplicateKeyException e) {
                // another node locked it at the same moment: locked either way
            }
        }
    }

    private static boolean locked(Instant until, Instant now) {
        return until != null && until.isAfter(now);
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static boolean endsWith(String value, String digits) {
        if (value == null) {
            return false;
        }
        String onlyDigits = value.replaceAll("\\D", "");
        return onlyDigits.length() >= FACTOR_LENGTH && onlyDigits.endsWith(digits);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
