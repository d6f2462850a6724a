package vn.civic.document;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.search.SearchTerms;
import vn.civic.platform.text.SearchText;

/**
 * Keeps the search index ({@code document_index}) in step with the documents: the registering, assigning, drafting
 * and issuing code calls {@link #index} in the same transaction as the change, so a search never shows a state the
 * database does not hold. Metadata and the text of PDF files are folded with {@link SearchText#fold}. The files' text
 * is kept with their digests and read again only when the files change, not at every assignment or opinion.
 */
@Service
public class DocumentIndex {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);

    /** Text kept per document: enough for the content of a long decision with its appendices. */
    static final int MAX_TEXT = 200_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the document to the index or replaces its entry. */
    @Transactional
    public void index(DocumentIndexEntry e) {
        String digests = String.join(
                ",",
                e.files().stream().map(DocumentIndexEntry.IndexedFile::sha256).toList());
        String fileText = jdbc.sql("select file_text from document_index where document_kind = ? and document_id = ?"
                        + " and file_digests = ?")
                .params(e.kind().name(), e.documentId(), digests)
                .query(String.class)
                .optional()
                .orElseGet(() -> fileText(e.files()));
        String metadata = SearchText.of(e.numberSymbol(), e.summary(), e.sender(), e.handlers(), e.typeCode());
        String text = fileText.isEmpty() ? metadata : metadata + " " + fileText;
        String searchText = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Date date = e.documentDate() == null ? null : Date.valueOf(e.documentDate());
        remove(e.kind(), e.documentId());
        jdbc.sql("insert into document_index (document_kind, document_id, agency_id, confidential, status, type_code,"
                        + " number_symbol, register_number, document_date, sender, summary, handlers, search_text,"
                        + " search_codes, file_digests, file_text, indexed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.kind().name(),
                        e.documentId(),
                        e.agencyId(),
                        e.confidential(),
                        e.status(),
                        e.typeCode(),
                        e.numberSymbol(),
                        e.registerNumber(),
                        date,
                        e.sender(),
                        e.summary(),
                        e.handlers(),
                        searchText,
                        SearchTerms.codesOf(searchText),
                        digests,
                        fileText,
                        Timestamp.from(clock.instant()))
                .update();
        // the people named on it read their documents newest first by this date (decision 0029)
        jdbc.sql("update document_access set document_date = ? where document_kind = ? and document_id = ?"
                        + " and document_date is distinct from ?")
                .params(date, e.kind().name(), e.documentId(), date)
                .update();
    }

    /** The folded names of the files and the text of the PDFs among them. */
    private static String fileText(List<DocumentIndexEntry.IndexedFile> files) {
        StringBuilder text = new StringBuilder();
        for (DocumentIndexEntry.IndexedFile file : files) {
            if (text.length() >= MAX_TEXT) {
                break;
            }
            text.append(' ').append(SearchText.fold(file.fileName()));
            if ("application/pdf".equals(file.contentType())) {
                text.append(' ').append(SearchText.fold(pdfText(file.content().get())));
            }
        }
        String folded = text.toString().strip();
        return folded.length() > MAX_TEXT ? folded.substring(0, MAX_TEXT) : folded;
    }

    /** Removes the document from the index. */
    @Transactional
    public void remove(DocumentKind kind, long documentId) {
        jdbc.sql("delete from document_index where document_kind = ? and document_id = ?")
                .params(kind.name(), documentId)
                .update();
    }

    /** The text of a PDF's pages, or empty when it has none (a scan without OCR) or cannot be read. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException e) {
            log.info("No text read from a PDF: {}", e.getMessage());
            return "";
        }
    }
}
