package vn.civic.document.outgoing.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.document.outgoing.OutgoingQueries;
import vn.civic.document.outgoing.OutgoingRegisterEntry;
import vn.civic.platform.error.NotFoundException;

/**
 * The outgoing register for an agency's own systems (decision 0027): a document's entry with its recipients'
 * statuses, and its files. Only documents the client may read (its agency's, not confidential); others are not found.
 * Drafting and issuing stay on the staff pages, where a person signs.
 */
@RestController
@RequestMapping(path = "/api/documents/outgoing", produces = MediaType.APPLICATION_JSON_VALUE)
class OutgoingDocumentsApi {

    private final OutgoingQueries queries;

    OutgoingDocumentsApi(OutgoingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    OutgoingRegisterEntry entry(@PathVariable long id) {
        return queries.entry(id);
    }

    @GetMapping(path = "/{id}/files/{fileId}", produces = MediaType.ALL_VALUE)
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        if (queries.entry(id).files().stream().noneMatch(f -> f.id() == fileId)) {
            throw NotFoundException.of("outgoing_file", fileId);
        }
        OutgoingQueries.StoredContent content = queries.file(id, fileId);
        try (InputStream in = content.content()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(content.file().contentType()))
                    .body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
