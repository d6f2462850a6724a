package vn.civic.document.incoming;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.civic.document.DocumentIndex;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;

/** Writes an incoming document's search entry (status, handlers' names, files) in the caller's transaction. */
@Component
class IncomingIndexer {

    private final DocumentIndex index;
    private final IncomingFileStore files;

    IncomingIndexer(DocumentIndex index, IncomingFileStore files) {
        this.index = index;
        this.files = files;
    }

    void index(IncomingDocument d) {
        String handlers = String.join(
                ", ", d.handlers().stream().map(Handler::fullName).distinct().toList());
        List<DocumentIndexEntry.IndexedFile> indexed = d.files().stream()
                .map(f -> new DocumentIndexEntry.IndexedFile(
                        f.fileName(), f.contentType(), f.sha256(), () -> files.read(f)))
                .toList();
        index.index(new DocumentIndexEntry(
                DocumentKind.INCOMING,
                d.id(),
                d.agencyId(),
                d.confidential(),
                d.status().name(),
                d.typeCode(),
                d.numberSymbol(),
                d.incomingNumber(),
                d.documentDate(),
                d.author(),
                d.summary(),
                handlers.length() > 2000 ? handlers.substring(0, 2000) : handlers,
                indexed));
    }
}
