package vn.civic.document.outgoing;

import vn.civic.platform.security.Privilege;

/**
 * One step a draft goes through before issuing (decision 0027).
 *
 * @param order 1, 2, ... in the order taken
 * @param privilege what the person taking the step needs, in the document's agency
 */
public record WorkflowStep(int order, Kind kind, Privilege privilege) {

    /** Thẩm định (a department head) or phê duyệt (a leader). */
    public enum Kind {
        REVIEW,
        APPROVE
    }

    /** Without configured steps: one approval by a leader. */
    public static final WorkflowStep DEFAULT = new WorkflowStep(1, Kind.APPROVE, Privilege.DOCUMENT_APPROVE);
}
