package vn.civic.org.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.civic.org.AgencyKind;

/** An agency as the API shows it: referred to by organisation codes, never by internal ids. */
@Schema(name = "Agency", description = "An agency of the organisation directory.")
public record AgencyJson(
        @Schema(description = "Organisation code (Decision 20/2020/QĐ-TTg, edXML OrganId)", example = "000.00.12.H26")
        String code,

        @Schema(description = "Vietnamese name", example = "Sở Tư pháp Thành phố Hà Nội")
        String name,

        @Schema(description = "English name, or null", example = "Hà Nội Department of Justice")
        String nameEn,

        @Schema(description = "Abbreviation used in document symbols, or null", example = "STP")
        String abbreviation,

        AgencyKind kind,

        @Schema(description = "Organisation code of the parent agency; null at the top", example = "000.00.00.H26")
        String parentCode,

        @Schema(description = "Code of the administrative unit the agency governs or sits in, or null", example = "01")
        String administrativeUnitCode,

        @Schema(description = "Postal address, or null") String address,
        @Schema(description = "Email address, or null") String email,
        @Schema(description = "Telephone number, or null") String phone,

        @Schema(description = "False once the agency was deactivated; its code still resolves")
        boolean active) {}
