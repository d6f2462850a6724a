package vn.civic.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.civic.dossier.TrackingView.TrackedStep;

/**
 * Public tracking by dossier code (no sign-in). The code alone reveals nothing: the caller must also give the last 4
 * digits of the applicant's personal ID number or tax code, or of their phone. A wrong factor and an unknown code
 * answer alike (empty), and the answer holds no personal data. One indexed query per look-up.
 */
@Service
public class DossierTracking {

    static final int FACTOR_LENGTH = 4;

    private static final String QUERY = """
            select d.code, d.procedure_name, d.status, d.submitted_at, d.accepted_at, d.due_at, d.finished_at,
                   d.returned_at, d.applicant_id_number, d.applicant_phone,
                   s.step_order, s.name, s.started_at, s.finished_at as step_finished_at
            from dossier d left join dossier_step s on s.dossier_id = d.id
            where d.code = ?
            order by s.step_order
            """;

    private final JdbcTemplate jdbc;

    DossierTracking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The dossier's status and steps, when the code exists and the factor matches.
     *
     * @param factor the last 4 digits of the applicant's personal ID number or tax code, or of their phone number
     */
    public Optional<TrackingView> track(String code, String factor) {
        if (code == null || code.isBlank() || factor == null || !factor.strip().matches("\\d{" + FACTOR_LENGTH + "}")) {
            return Optional.empty();
        }
        String digits = factor.strip();
        List<TrackedStep> steps = new ArrayList<>();
        TrackingView[] head = new TrackingView[1];
        boolean[] matches = new boolean[1];
        jdbc.query(
                QUERY,
                rs -> {
                    if (head[0] == null) {
                        matches[0] = endsWith(rs.getString("applicant_id_number"), digits)
                                || endsWith(rs.getString("applicant_phone"), digits);
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
                code.strip());
        return head[0] != null && matches[0] ? Optional.of(head[0]) : Optional.empty();
    }

    private static boolean endsWith(String value, String digits) {
        if (value == null) {
            return false;
        }
        String onlyDigits = value.replaceAll("\\D", "");
        return onlyDigits.length() >= FACTOR_LENGTH && onlyDigits.endsWith(digits);
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
