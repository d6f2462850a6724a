package vn.civic.document;

/** An outgoing document was numbered, signed, sealed and issued; its recipients are to receive it. */
public record OutgoingDocumentIssued(long documentId, long agencyId) {}
