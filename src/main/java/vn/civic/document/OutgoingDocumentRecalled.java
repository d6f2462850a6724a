package vn.civic.document;

/**
 * An issued outgoing document was recalled (trace action 1) or updated (action 2); its recipients are to be told.
 * A replacement is a new {@link OutgoingDocumentIssued} whose {@link IssuedDocument#replacesDocumentId} is set.
 */
public record OutgoingDocumentRecalled(long documentId, long agencyId, boolean update, String reason) {}
