package vn.civic.org.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department of an agency as the API shows it. */
@Schema(name = "Department", description = "A department inside an agency.")
public record DepartmentJson(
        @Schema(description = "Code, unique within the agency", example = "HCTP")
        String code,

        @Schema(description = "Vietnamese name", example = "Phòng Hành chính tư pháp")
        String name,

        @Schema(description = "False once the department was deactivated")
        boolean active) {}
