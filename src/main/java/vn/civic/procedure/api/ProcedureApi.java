package vn.civic.procedure.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.Sector;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureRules;
import vn.civic.procedure.domain.ProcedureSummary;
import vn.civic.procedure.domain.PublicCatalogue;

/**
 * The public procedure catalogue, read-only and open to anyone like the catalogue pages: the search of active
 * procedures and a procedure's current version in the shape of the JSON import and export.
 */
@RestController
@RequestMapping(path = "/api/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("permitAll()")
@Tag(
        name = "Procedure catalogue",
        description = "Administrative procedures in the national portal's shape. Public: no client is needed.")
class ProcedureApi {

    private final PublicCatalogue catalogue;
    private final ProcedureCatalog procedures;

    ProcedureApi(PublicCatalogue catalogue, ProcedureCatalog procedures) {
        this.catalogue = catalogue;
        this.procedures = procedures;
    }

    /** A line of the search. */
    record ProcedureLine(
            String code,
            String name,
            Sector sector,
            ProcedureStatus status,
            ServiceLevel serviceLevel,
            String levelCode,
            List<String> agencyCodes) {

        static ProcedureLine of(ProcedureSummary s) {
            return new ProcedureLine(
                    s.code(), s.name(), s.sector(), s.status(), s.serviceLevel(), s.levelCode(), s.agencyCodes());
        }
    }

    /** A page of the search, {@value PublicCatalogue#PAGE_SIZE} lines at most. */
    record ProcedurePage(List<ProcedureLine> items, int page, int size, long totalElements, int totalPages) {

        static ProcedurePage of(Page<ProcedureSummary> page) {
            return new ProcedurePage(
                    page.map(ProcedureLine::of).getContent(),
                    page.getNumber(),
                    page.getSize(),
                    page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    @GetMapping
    @Operation(
            summary = "Search active procedures",
            description = "Active procedures ordered by name, 20 a page. Every word of q must be found in the name,"
                    + " code or sector, ignoring Vietnamese diacritics and case (\"dang ky khai sinh\" finds \"Đăng"
                    + " ký khai sinh\").")
    @ApiResponse(responseCode = "200", description = "A page of procedures")
    @ApiResponse(responseCode = "400", description = "Page below 0 or an unknown service level")
    ProcedurePage search(
            @Parameter(description = "Words of the name, code or sector", example = "dang ky khai sinh")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Sector code", example = "TP-HT") @RequestParam(required = false) String sector,
            @Parameter(description = "Organisation code of an implementing agency", example = "000.01.31.H26")
                    @RequestParam(required = false)
                    String agency,
            @Parameter(description = "FULLY_ONLINE or PARTLY_ONLINE") @RequestParam(required = false)
                    ServiceLevel serviceLevel,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page) {
        if (page < 0) {
            throw new InvalidInputException(List.of(ProcedureRules.violation("page", "page_out_of_range")));
        }
        return ProcedurePage.of(catalogue.search(q, blankToNull(sector), blankToNull(agency), serviceLevel, page));
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Get a procedure by national code",
            description = "The current version, active or suspended, in the shape of the JSON export: channels with"
                    + " time limits and fees in đồng, documents, results, legal basis, e-form and steps.")
    @ApiResponse(responseCode = "200", description = "The procedure")
    @ApiResponse(responseCode = "404", description = "No procedure has this code")
    ProcedureDocument procedure(
            @Parameter(description = "National procedure code", example = "1.001193") @PathVariable String code) {
        return procedures
                .findByCode(code)
                .map(ProcedureDocument::of)
                .orElseThrow(() -> NotFoundException.of("Procedure", code));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
