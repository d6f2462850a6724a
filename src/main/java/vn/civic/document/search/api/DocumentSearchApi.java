package vn.civic.document.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.document.DocumentTypes;
import vn.civic.document.search.DocumentSearch;
import vn.civic.document.search.SearchHit;
import vn.civic.document.search.SearchParameters;
import vn.civic.document.search.SearchResults;

/** Full-text search of official documents, scoped to what the caller may read (decisions 0025, 0029). */
@RestController
@PreAuthorize("hasAnyAuthority('DOCUMENT_REGISTER', 'DOCUMENT_ASSIGN', 'DOCUMENT_HANDLE', 'DOCUMENT_READ')")
@Tag(
        name = "Document search",
        description = "Incoming and outgoing documents by the words of their metadata and PDF text (diacritics and case"
                + " ignored) and by filters; only documents the caller may read are found or counted.")
class DocumentSearchApi {

    private final DocumentSearch search;
    private final DocumentTypes types;

    DocumentSearchApi(DocumentSearch search, DocumentTypes types) {
        this.search = search;
        this.types = types;
    }

    /** A page of results; {@code total} stops at 1,000, when {@code moreThanTotal} says more match. */
    record Results(List<SearchHit> items, long total, boolean moreThanTotal, int page, int size) {

        static Results of(SearchResults r) {
            return new Results(r.hits(), r.total(), r.moreThanTotal(), r.page(), r.size());
        }
    }

    @GetMapping(path = "/api/documents/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Search documents",
            description = "All words must match (the last also as the start of a word; \"quoted words\" in order)."
                    + " Newest document date first, or best match first among the newest 1,000 matches.")
    @ApiResponse(responseCode = "200", description = "A page of results")
    @ApiResponse(
            responseCode = "400",
            description = "A bad parameter: query too long, bad date or range, unknown register, type, order or"
                    + " status, page out of range (problem details with the field's code)")
    Results search(
            @Parameter(description = "Words to find", example = "quyết định") @RequestParam(required = false) String q,
            @Parameter(description = "INCOMING or OUTGOING") @RequestParam(required = false) String kind,
            @Parameter(description = "Document type code", example = "QD") @RequestParam(required = false) String type,
            @Parameter(description = "Document date from (yyyy-MM-dd)") @RequestParam(required = false) String from,
            @Parameter(description = "Document date to (yyyy-MM-dd)") @RequestParam(required = false) String to,
            @Parameter(description = "Words of the sender") @RequestParam(required = false) String sender,
            @Parameter(description = "Words of a handler's name") @RequestParam(required = false) String handler,
            @Parameter(description = "Account id of a person named on the document") @RequestParam(required = false)
                    String handlerId,
            @Parameter(description = "Status name") @RequestParam(required = false) String status,
            @Parameter(description = "DATE (default) or RELEVANCE") @RequestParam(required = false) String sort,
            @Parameter(description = "Page from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Results per page, 1–100 (20)") @RequestParam(required = false) String size) {
        SearchParameters parameters =
                new SearchParameters(q, kind, type, from, to, sender, handler, handlerId, status, sort, page, size);
        return Results.of(search.search(parameters.toQuery(types), false));
    }
}
