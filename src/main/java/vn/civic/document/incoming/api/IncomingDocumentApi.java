package vn.civic.document.incoming.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.document.incoming.AssignCommand;
import vn.civic.document.incoming.IncomingHandling;
import vn.civic.document.incoming.IncomingQueries;
import vn.civic.document.incoming.IncomingStatus;
import vn.civic.document.incoming.IncomingTab;
import vn.civic.document.incoming.IncomingView;
import vn.civic.document.incoming.RegisterCommand;
import vn.civic.document.incoming.Upload;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * Incoming documents for the agencies' own tools: register one with its files, list and read them, assign, record an
 * opinion, finish one's part. The same rules and scoping as the staff pages; refusals are problem details with a
 * stable code.
 */
@RestController
@RequestMapping(path = "/api/documents/incoming", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyAuthority('DOCUMENT_REGISTER', 'DOCUMENT_ASSIGN', 'DOCUMENT_HANDLE')")
@Tag(
        name = "Incoming documents",
        description =
                "Văn bản đến: registering (Decree 30/2020 incoming register), assignment with an instruction and a"
                        + " deadline, opinions and finishing. Only documents the caller may read are found (decision 0025).")
class IncomingDocumentApi {

    private final IncomingHandling handling;
    private final IncomingQueries queries;

    IncomingDocumentApi(IncomingHandling handling, IncomingQueries queries) {
        this.handling = handling;
        this.queries = queries;
    }

    /** An opinion. */
    record OpinionRequest(String content, Long version) {}

    /** An assignment, with the version the caller read (optional). */
    record AssignRequest(
            String instruction,
            java.time.LocalDate deadline,
            Long leadAccountId,
            List<Long> coHandlers,
            List<Long> information,
            Long version) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @Operation(
            summary = "Register an incoming document",
            description = "Part `document` (JSON): the register's fields; parts `files`: PDF, JPEG, PNG, TIFF or DOCX,"
                    + " checked by content. Gives the next incoming number of the caller's agency for the year. A"
                    + " missing field answers 400 with every field in errors[]; the same sender's number and symbol"
                    + " registered before this year answers 409 `incoming_duplicate`; nothing is written then.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "A field is missing or a file is not accepted")
    @ApiResponse(responseCode = "409", description = "Already registered this year")
    ResponseEntity<IncomingView> register(
            @RequestPart(name = "document", required = false) RegisterCommand document,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        if (document == null) {
            throw new InvalidInputException(List.of(
                    new FieldViolation("document", "incoming_field_required", "error.incoming_field_required")));
        }
        long id = handling.register(document, uploads(files));
        return ResponseEntity.created(URI.create("/api/documents/incoming/" + id))
                .body(handling.get(id));
    }

    @GetMapping
    @Operation(summary = "List incoming documents", description = "One tab of the list, newest first, 50 a page.")
    IncomingQueries.Page list(
            @Parameter(description = "RECEIVED, TO_ASSIGN, MINE, ALL or OVERDUE") @RequestParam(defaultValue = "ALL")
                    IncomingTab tab,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IncomingStatus status,
            @RequestParam(defaultValue = "0") int page) {
        return queries.list(tab, q, status, page, 50);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An incoming document",
            description = "404 when it does not exist or the caller may not read it.")
    IncomingView get(@PathVariable long id) {
        return handling.get(id);
    }

    @PostMapping(path = "/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('DOCUMENT_ASSIGN', 'DOCUMENT_HANDLE')")
    @Operation(
            summary = "Assign",
            description = "A leader assigns a registered document (leadAccountId required); a handler with an open part"
                    + " assigns further inside their department (no leadAccountId).")
    IncomingView assign(@PathVariable long id, @RequestBody AssignRequest request) {
        AssignCommand command = new AssignCommand(
                request.instruction(),
                request.deadline(),
                request.leadAccountId(),
                request.coHandlers(),
                request.information());
        if (request.leadAccountId() == null && handling.get(id).actions().contains(IncomingView.Action.SUB_ASSIGN)) {
            handling.subAssign(id, request.version(), command);
        } else {
            handling.assign(id, request.version(), command);
        }
        return handling.get(id);
    }

    @PostMapping(path = "/{id}/opinions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    @Operation(summary = "Record an opinion")
    IncomingView opinion(@PathVariable long id, @RequestBody OpinionRequest request) {
        handling.addOpinion(id, request.version(), request.content());
        return handling.get(id);
    }

    @PostMapping("/{id}/finish")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    @Operation(
            summary = "Finish my part",
            description = "Marks the caller's part done; the lead handler's finishing closes the document.")
    IncomingView finish(@PathVariable long id, @RequestParam(required = false) Long version) {
        handling.finishPart(id, version);
        return handling.get(id);
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            try {
                uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
