package vn.civic.document;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the search index holds of one document: its metadata and files. {@link DocumentIndex} folds it into text
 * without diacritics and reads the text of PDF files.
 *
 * @param status the document's status name, for the status filter
 * @param registerNumber the incoming or outgoing number, null until registered or issued
 * @param sender the author of an incoming document, the issuing agency of an outgoing one
 * @param handlers the names of the people handling it, for the handler column and text search
 * @param files the document's files; the text of PDFs is indexed
 */
public record DocumentIndexEntry(
        DocumentKind kind,
        long documentId,
        long agencyId,
        boolean confidential,
        String status,
        String typeCode,
        String numberSymbol,
        Long registerNumber,
        LocalDate documentDate,
        String sender,
        String summary,
        String handlers,
        List<IndexedFile> files) {

    /**
     * A file of the document as stored. Its content is read only when the index does not hold the text of a file of
     * that digest already: a document's status changes far more often than its files.
     *
     * @param sha256 the content's digest, as stored beside the file
     */
    public record IndexedFile(String fileName, String contentType, String sha256, Supplier<byte[]> content) {}
}
