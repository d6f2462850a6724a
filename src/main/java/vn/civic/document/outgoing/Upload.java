package vn.civic.document.outgoing;

import java.io.InputStream;

/** A file handed in by a form or the API. */
public record Upload(String fileName, String declaredContentType, InputStream content) {}
