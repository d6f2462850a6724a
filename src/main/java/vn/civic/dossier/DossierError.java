package vn.civic.dossier;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the dossier module; messages are {@code error.<code>} in {@code i18n/dossier}. */
public enum DossierError implements ErrorCode {
    /** The action is not allowed in the dossier's present status or step. */
    ACTION_NOT_ALLOWED("dossier_action_not_allowed", HttpStatus.CONFLICT),
    /** The dossier is no longer at a step of the actor's agency. */
    NOT_AT_YOUR_AGENCY("dossier_not_at_your_agency", HttpStatus.CONFLICT),
    /** The procedure does not take new dossiers (suspended). */
    PROCEDURE_NOT_ACTIVE("dossier_procedure_not_active", HttpStatus.CONFLICT),
    /** The procedure is not offered through this channel. */
    CHANNEL_NOT_OFFERED("dossier_channel_not_offered", HttpStatus.BAD_REQUEST),
    /** The applicant (citizen or business) may not file this procedure. */
    APPLICANT_NOT_ELIGIBLE("dossier_applicant_not_eligible", HttpStatus.BAD_REQUEST),
    /** The chosen agency does not carry out the procedure. */
    AGENCY_NOT_IMPLEMENTING("dossier_agency_not_implementing", HttpStatus.BAD_REQUEST),
    /** A step's agency cannot be found (no police or social-insurance office serving the unit). */
    STEP_AGENCY_MISSING("dossier_step_agency_missing", HttpStatus.CONFLICT),
    /** A pending apology already waits for the leader. */
    APOLOGY_PENDING("dossier_apology_pending", HttpStatus.CONFLICT),
    /** No apology waits for a decision. */
    NO_PENDING_APOLOGY("dossier_no_pending_apology", HttpStatus.CONFLICT),
    /** The dossier was already rated. */
    ALREADY_RATED("dossier_already_rated", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    DossierError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
