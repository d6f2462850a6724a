package vn.civic.document;

/** Why a person is named on a document and may therefore read it (decision 0025). */
public enum AccessReason {
    /** Chủ trì: the lead handler of an incoming document. */
    LEAD,
    /** Phối hợp: a co-handler. */
    CO_HANDLER,
    /** Để biết: told for information. */
    INFORMATION,
    /** The leader or handler who assigned it. */
    ASSIGNER,
    /** Asked for an opinion on a draft. */
    CONSULTED,
    /** Wrote the draft. */
    DRAFTER,
    /** Reviews or approves a draft at a workflow step. */
    REVIEWER,
    /** Signs the document. */
    SIGNER,
    /** Named explicitly on a confidential document. */
    NAMED
}
