package vn.civic.document;

/** The two registers a document belongs to (văn bản đến, văn bản đi). */
public enum DocumentKind {
    INCOMING,
    OUTGOING
}
