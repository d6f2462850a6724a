package vn.civic.document;

/** A file of a document with its content, as it travels to or from another agency. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
