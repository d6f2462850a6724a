package vn.civic.org.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An administrative unit as the API shows it, current or former. */
@Schema(name = "AdministrativeUnit", description = "A node of the administrative hierarchy; former units are kept.")
public record UnitJson(
        @Schema(description = "Official code of the unit", example = "00070")
        String code,

        @Schema(description = "Name with its kind", example = "Phường Hoàn Kiếm")
        String name,

        @Schema(description = "Level code, as data", example = "COMMUNE")
        String levelCode,

        @Schema(description = "Code of the unit above it; null at the top", example = "01")
        String parentCode,

        @Schema(description = "First day, when known (ISO date)", example = "2025-07-01")
        LocalDate validFrom,

        @Schema(description = "Last day of a former unit (ISO date); null for a current one")
        LocalDate validTo,

        @Schema(description = "Code of the unit that took a former unit over, or null")
        String successorCode,

        @Schema(description = "True while the unit exists") boolean current) {}
