package vn.civic.procedure;

import java.math.BigDecimal;
import vn.civic.org.AgencyKind;

/**
 * One processing step of a procedure, as data.
 *
 * @param order 1, 2, … the order the dossier passes the steps
 * @param kind what happens at the step; it decides the privilege an official needs to act there
 * @param name shown in the inbox and on the applicant's timeline ("Thẩm định hồ sơ")
 * @param target how the step's agency is found for a dossier
 * @param agencyKind for {@link AgencyTarget#SERVING}: the kind of agency serving the receiving agency's unit
 * @param agencyCode for {@link AgencyTarget#FIXED}: the organisation code
 * @param departmentCode the department of that agency that handles the step, or null for the agency as a whole
 * @param workingDays the step's share of the time limit, in working days (may be fractional)
 */
public record StepDefinition(
        int order,
        StepKind kind,
        String name,
        AgencyTarget target,
        AgencyKind agencyKind,
        String agencyCode,
        String departmentCode,
        BigDecimal workingDays) {

    public enum StepKind {
        /** Tiếp nhận: a one-stop clerk checks and accepts the dossier (DOSSIER_RECEIVE). */
        RECEIVE,
        /** Xử lý / thẩm định: an officer processes it (DOSSIER_PROCESS). */
        PROCESS,
        /** Phê duyệt: a leader approves or rejects (DOSSIER_APPROVE). */
        APPROVE,
        /** Trả kết quả: a clerk returns the result (DOSSIER_RECEIVE). */
        RETURN
    }

    public enum AgencyTarget {
        /** The agency that received the dossier. */
        RECEIVING,
        /**
         * The agency of {@code agencyKind} serving the receiving agency's administrative unit ({@code
         * OrgDirectory.findServingAgency}): how a linked procedure reaches the ward police or the social-insurance
         * office.
         */
        SERVING,
        /** One named agency, by organisation code. */
        FIXED
    }
}
