package vn.civic.exchange.edxml;

/** Names of the edXML envelope (QCVN 102:2016) as this codec writes and reads them; see decision 0028. */
final class EdXml {

    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    static final String PREFIX = "edXML";

    static final String ENVELOPE = "edXMLEnvelope";
    static final String HEADER = "edXMLHeader";
    static final String BODY = "edXMLBody";
    static final String MANIFEST = "edXMLManifest";
    static final String MESSAGE_HEADER = "MessageHeader";
    static final String TRACE_HEADER_LIST = "TraceHeaderList";
    static final String STATUS = "Status";
    static final String REFERENCE = "Reference";
    static final String ATTACHMENT_ENCODED = "AttachmentEncoded";
    /** The attribute on a manifest Reference carrying the attachment's digest, {@code SHA-256:<base64>}. */
    static final String DIGEST_ATTRIBUTE = "Digest";
    /** The attribute on AttachmentEncoded naming its Reference's ContentId. */
    static final String CONTENT_ID_ATTRIBUTE = "ContentId";

    private EdXml() {}
}
