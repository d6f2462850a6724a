package vn.civic.document;

/**
 * What the exchange tells the document module about documents arriving for agencies on this platform. Implemented by
 * the incoming documents; each call is one transaction and raises {@link IncomingDocumentStatusChanged} for the
 * status the sender is to be told.
 */
public interface IncomingExchange {

    /**
     * Stores an arrived document in status RECEIVED, awaiting a clerk (status 01 arrived to the sender). Receiving the
     * same DocumentId for the same agency again returns the first one's id and changes nothing.
     *
     * @return the incoming document's id
     */
    long receive(ReceivedDocument document);

    /**
     * The sender updates a document it sent (trace action 2): metadata and files are replaced while it is not yet
     * registered; afterwards the change is kept in the document's notes and history.
     */
    void update(ReceivedDocument document);

    /** The sender recalls a document (trace action 1): the clerk is asked to agree (15) or refuse (16). */
    void recall(long agencyId, String exchangeDocumentId, String reason);
}
