package vn.civic.document.incoming;

import vn.civic.document.AccessReason;

/** The part a person plays on an assignment. */
public enum HandlerRole {
    /** Chủ trì: the document is closed when the lead handler finishes. */
    LEAD(AccessReason.LEAD),
    /** Phối hợp. */
    CO_HANDLER(AccessReason.CO_HANDLER),
    /** Để biết: reads, may give an opinion, has no part to finish. */
    INFORMATION(AccessReason.INFORMATION);

    private final AccessReason reason;

    HandlerRole(AccessReason reason) {
        this.reason = reason;
    }

    /** Why the person may read the document. */
    public AccessReason reason() {
        return reason;
    }

    /** True for the roles that have a part to finish. */
    public boolean handles() {
        return this != INFORMATION;
    }
}
