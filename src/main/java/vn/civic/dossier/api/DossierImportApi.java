package vn.civic.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.dossier.DossierImport;
import vn.civic.dossier.ImportReport;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** Migration: dossiers from another system, all or nothing (docs/decisions/0023). */
@RestController
@PreAuthorize("hasAuthority('DATA_IMPORT')")
@Tag(name = "Migration", description = "Bulk import of dossiers from another system, JSON or CSV.")
class DossierImportApi {

    private final DossierImport imports;

    DossierImportApi(DossierImport imports) {
        this.imports = imports;
    }

    /** What was imported: each row of the file with its line, dossier code and outcome. */
    record ImportSummary(String source, int imported, int skipped, List<RowLine> rows) {

        record RowLine(int line, String code, ImportReport.Outcome outcome) {}
    }

    @PostMapping(
            path = "/api/dossiers/imports",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import dossiers",
            description = "Checks every row, then imports all of them or, when any row is rejected, none. A row"
                    + " identical to a dossier imported before is skipped, so the same file twice changes nothing."
                    + " A refusal lists every rejected row as errors[] named line[<n>].<field> with the reason's code.")
    @ApiResponse(responseCode = "200", description = "Imported (or skipped) every row")
    @ApiResponse(responseCode = "400", description = "Rows rejected, nothing imported")
    ImportSummary importFile(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "JSON or CSV; by the file's extension when not given")
                    @RequestParam(required = false)
                    DossierImport.Format format)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(
                    new FieldViolation("file", "import_file_missing", "dossier.import.error.import_file_missing")));
        }
        ImportReport report = imports.importFile(
                file.getOriginalFilename(),
                file.getBytes(),
                format != null ? format : DossierImport.Format.of(file.getOriginalFilename()));
        if (!report.applied()) {
            throw new InvalidInputException(report.violations());
        }
        return new ImportSummary(
                report.source(),
                report.imported(),
                report.skipped(),
                report.rows().stream()
                        .map(r -> new ImportSummary.RowLine(r.line(), r.code(), r.outcome()))
                        .toList());
    }
}
