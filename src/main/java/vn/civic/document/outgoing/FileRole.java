package vn.civic.document.outgoing;

/** What a file of an outgoing document is. */
public enum FileRole {
    /** The draft's text (a PDF); every upload is a new version. */
    MAIN,
    /** An appendix (phụ lục). */
    APPENDIX,
    /** The issued PDF: numbered, signed by the signer and sealed by the agency. */
    SIGNED
}
