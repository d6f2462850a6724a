package vn.civic.org.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The administrative unit at a point, with the units above it. */
@Schema(name = "UnitLocation", description = "The lowest current administrative unit whose boundary covers a point.")
public record UnitLocationJson(
        @Schema(description = "Latitude asked for (WGS84 degrees)", example = "21.0285")
        double latitude,

        @Schema(description = "Longitude asked for (WGS84 degrees)", example = "105.8542")
        double longitude,

        @Schema(description = "The lowest current unit whose boundary covers the point")
        UnitJson unit,

        @Schema(description = "The units above it, from the top down (the city first)")
        List<UnitJson> ancestors) {}
