package vn.civic.feedback;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/**
 * Errors of the feedback module; messages are {@code error.<code>} in {@code i18n/feedback}. Field-level problems of a
 * submission come as {@code validation.feedback_*} field violations inside {@link #REPORT_INVALID}.
 */
public enum FeedbackError implements ErrorCode {
    /** The submission breaks one or more rules; the field violations say which. */
    REPORT_INVALID("feedback_report_invalid", HttpStatus.BAD_REQUEST),
    /** No category of that code, or it is no longer active. */
    CATEGORY_UNKNOWN("feedback_category_unknown", HttpStatus.BAD_REQUEST),
    /** The category needs a signed-in reporter. */
    SIGN_IN_REQUIRED("feedback_sign_in_required", HttpStatus.UNAUTHORIZED),
    /** The action is not allowed in the report's present status. */
    ACTION_NOT_ALLOWED("feedback_action_not_allowed", HttpStatus.CONFLICT),
    /** An answer needs text and at least one evidence file. */
    ANSWER_EVIDENCE_REQUIRED("feedback_answer_evidence_required", HttpStatus.BAD_REQUEST),
    /** The report was already rated. */
    ALREADY_RATED("feedback_already_rated", HttpStatus.CONFLICT),
    /** The time to reopen the report after its answer has passed. */
    REOPEN_WINDOW_PASSED("feedback_reopen_window_passed", HttpStatus.CONFLICT),
    /** A reason is required for this action. */
    REASON_REQUIRED("feedback_reason_required", HttpStatus.BAD_REQUEST),
    /** The agency chosen to route to does not exist or is inactive. */
    AGENCY_UNKNOWN("feedback_agency_unknown", HttpStatus.BAD_REQUEST),
    /** The handler chosen is not active staff of the responsible agency holding FEEDBACK_HANDLE. */
    HANDLER_INVALID("feedback_handler_invalid", HttpStatus.BAD_REQUEST),
    /** A report cannot be merged into itself, into a merged or hidden report, or into one of another category. */
    MERGE_INVALID("feedback_merge_invalid", HttpStatus.CONFLICT),
    /** A routing rule is incomplete or names an unknown category, unit or agency. */
    ROUTING_RULE_INVALID("feedback_routing_rule_invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    FeedbackError(String code, HttpStatus status) {
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
