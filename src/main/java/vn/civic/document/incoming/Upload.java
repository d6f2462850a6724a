package vn.civic.document.incoming;

/** A file a clerk uploads (a scan or an electronic copy), read into memory: documents are small. */
public record Upload(String fileName, String declaredType, byte[] content) {}
