package vn.civic.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.dossier.DossierTracking;
import vn.civic.dossier.TrackingView;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;

/** Public status look-up of a dossier by its code and a second factor, for portals, kiosks and chat bots. */
@RestController
@PreAuthorize("permitAll()")
@Tag(
        name = "Dossier tracking",
        description = "The status of a dossier by its code and the last 4 digits of the applicant's personal ID number,"
                + " tax code or phone. Public; answers no personal data.")
class DossierStatusApi {

    private final DossierTracking tracking;

    DossierStatusApi(DossierTracking tracking) {
        this.tracking = tracking;
    }

    /** The status in the national portal's code and name. */
    record StatusLine(
            String code,
            String procedureName,
            int status,
            String statusName,
            Instant submittedAt,
            Instant acceptedAt,
            Instant dueAt,
            Instant finishedAt,
            Instant returnedAt,
            List<TrackingView.TrackedStep> steps) {

        static StatusLine of(TrackingView v) {
            return new StatusLine(
                    v.code(),
                    v.procedureName(),
                    v.status().code(),
                    v.status().name(),
                    v.submittedAt(),
                    v.acceptedAt(),
                    v.dueAt(),
                    v.finishedAt(),
                    v.returnedAt(),
                    v.steps());
        }
    }

    @GetMapping(path = "/api/dossiers/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Look up a dossier's status",
            description = "The status (national codes 1–10), dates and steps of a dossier. An unknown code and a wrong"
                    + " factor answer the same 404; after 10 wrong factors for a code within an hour the code answers"
                    + " 404 for an hour, even with the right factor.")
    @ApiResponse(responseCode = "200", description = "The dossier's status")
    @ApiResponse(responseCode = "400", description = "The code is missing or the factor is not 4 digits")
    @ApiResponse(responseCode = "404", description = "No dossier matches the code and the factor")
    StatusLine status(
            @Parameter(description = "Dossier code", example = "000.01.31.H26-261201-0001")
                    @RequestParam(required = false)
                    String code,
            @Parameter(
                            description = "Last 4 digits of the applicant's personal ID number, tax code or phone",
                            example = "2345")
                    @RequestParam(required = false)
                    String factor,
            HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || code.isBlank() || code.strip().length() > 60) {
            violations.add(new FieldViolation("code", "dossier_tracking_code", "dossier.track.code.invalid"));
        }
        if (factor == null || !factor.strip().matches("\\d{4}")) {
            violations.add(new FieldViolation("factor", "dossier_tracking_factor", "dossier.track.factor.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return tracking.track(code, factor, request.getRemoteAddr())
                .map(StatusLine::of)
                .orElseThrow(() -> NotFoundException.of("Dossier", code.strip()));
    }
}
