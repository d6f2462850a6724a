package vn.civic.org.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.org.FieldChecks;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * The organisation directory for other agencies' systems, read-only: agencies by organisation code with their
 * departments, and the administrative units. City-wide reference data, so {@code ORG_READ} is the only check.
 * Errors are RFC 9457 problem details with a stable {@code code} (the platform documents their body).
 */
@RestController
@RequestMapping(path = "/api/org", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('ORG_READ')")
@Tag(
        name = "Organisation directory",
        description = "Agencies with their organisation codes and departments, and the administrative units, current"
                + " and former. Needs the ORG_READ privilege.")
@ApiResponse(responseCode = "401", description = "Not signed in")
@ApiResponse(responseCode = "403", description = "The caller lacks ORG_READ")
class OrgDirectoryApi {

    static final int MAX_PAGE_SIZE = 100;

    private final OrgApiReader reader;

    OrgDirectoryApi(OrgApiReader reader) {
        this.reader = reader;
    }

    @GetMapping("/agencies")
    @Operation(
            summary = "List agencies",
            description = "Agencies ordered by name, a page at a time; filtered by a text the name or organisation"
                    + " code contains (ignoring case) and by whether they are active.")
    @ApiResponse(responseCode = "200", description = "A page of agencies")
    @ApiResponse(responseCode = "400", description = "Page below 0 or size outside 1..100")
    PageJson<AgencyJson> agencies(
            @Parameter(description = "Text the name or organisation code contains", example = "tư pháp")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "true for active agencies only, false for inactive ones; both when absent")
                    @RequestParam(required = false)
                    Boolean active,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(FieldChecks.violation("page", "page_out_of_range"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(FieldChecks.violation("size", "page_size_out_of_range", MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return reader.agencies(q, active, page, size);
    }

    @GetMapping("/agencies/{code}")
    @Operation(
            summary = "Get an agency by organisation code",
            description = "Active or inactive: an inactive agency's code still resolves.")
    @ApiResponse(responseCode = "200", description = "The agency")
    @ApiResponse(responseCode = "404", description = "No agency has this code")
    AgencyJson agency(
            @Parameter(description = "Organisation code", example = "000.00.12.H26") @PathVariable String code) {
        return reader.agency(code);
    }

    @GetMapping("/agencies/{code}/departments")
    @Operation(summary = "List an agency's departments", description = "Ordered by name.")
    @ApiResponse(responseCode = "200", description = "The departments")
    @ApiResponse(responseCode = "404", description = "No agency has this code")
    List<DepartmentJson> departments(
            @Parameter(description = "Organisation code of the agency", example = "000.00.12.H26") @PathVariable
                    String code,
            @Parameter(description = "true for active departments only, false for inactive ones; both when absent")
                    @RequestParam(required = false)
                    Boolean active) {
        return reader.departments(code, active);
    }

    @GetMapping("/units")
    @Operation(
            summary = "List current administrative units under a unit",
            description = "The current units directly under the unit with the parent code, ordered by name; the"
                    + " current top units (provinces and centrally-run cities) without it. Former units are left"
                    + " out; get them by code.")
    @ApiResponse(responseCode = "200", description = "The current units")
    @ApiResponse(responseCode = "404", description = "No unit has the parent code")
    List<UnitJson> units(
            @Parameter(description = "Code of the parent unit", example = "01") @RequestParam(required = false)
                    String parent) {
        return reader.currentUnits(parent);
    }

    @GetMapping("/units/at")
    @PreAuthorize("hasAnyAuthority('ORG_READ', 'WORKSPACE_ACCESS')")
    @Operation(
            summary = "Find the administrative unit at a point",
            description = "The lowest-level current unit whose boundary covers the point (a ward or commune, else the"
                    + " city), with the units above it. A point on a border counts as inside. Needs ORG_READ (machine"
                    + " clients) or staff access.")
    @ApiResponse(responseCode = "200", description = "The unit and its ancestors")
    @ApiResponse(responseCode = "400", description = "lat or lon missing, not a number, or out of range")
    @ApiResponse(responseCode = "404", description = "No known boundary covers the point")
    UnitLocationJson unitAt(
            @Parameter(description = "Latitude, WGS84 degrees (-90 to 90)", example = "21.0285")
                    @RequestParam(required = false)
                    String lat,
            @Parameter(description = "Longitude, WGS84 degrees (-180 to 180)", example = "105.8542")
                    @RequestParam(required = false)
                    String lon) {
        List<FieldViolation> violations = new ArrayList<>();
        Double latitude = coordinate("lat", lat, 90, "latitude_out_of_range", violations);
        Double longitude = coordinate("lon", lon, 180, "longitude_out_of_range", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return reader.unitAt(latitude, longitude);
    }

    /** A decimal number of degrees within ±{@code limit}, or null with a violation added. */
    private static Double coordinate(
            String field, String text, double limit, String outOfRange, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(FieldChecks.violation(field, "required"));
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            violations.add(FieldChecks.violation(field, "coordinate_format"));
            return null;
        }
        if (!Double.isFinite(value) || Math.abs(value) > limit) {
            violations.add(FieldChecks.violation(field, outOfRange));
            return null;
        }
        return value;
    }

    @GetMapping("/units/{code}")
    @Operation(
            summary = "Get an administrative unit by code",
            description = "Current or former: a former unit has its last day and, when one took it over, its"
                    + " successor's code.")
    @ApiResponse(responseCode = "200", description = "The unit")
    @ApiResponse(responseCode = "404", description = "No unit has this code")
    UnitJson unit(@Parameter(description = "Unit code", example = "00070") @PathVariable String code) {
        return reader.unit(code);
    }
}
