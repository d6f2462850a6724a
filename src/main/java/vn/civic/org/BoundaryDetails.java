package vn.civic.org;

import java.time.Instant;

/**
 * The stored boundary of an administrative unit as its administrators see it (the geometry itself is read apart:
 * {@link BoundaryEditor#geoJson}). Coordinates are WGS84 degrees.
 *
 * @param pointCount positions in all rings, closing ones included
 * @param centreLatitude a point inside the boundary (the centroid, or an interior point when the centroid lies
 *     outside)
 * @param digest SHA-256 of the stored GeoJSON text
 * @param version for optimistic locking: a replacement or removal names the version it started from
 */
public record BoundaryDetails(
        long unitId,
        int polygonCount,
        int pointCount,
        double minLatitude,
        double maxLatitude,
        double minLongitude,
        double maxLongitude,
        double centreLatitude,
        double centreLongitude,
        String digest,
        Instant updatedAt,
        long version) {

    /** How the audit log describes the boundary. */
    public String summary() {
        return AuditSummary.of(
                "polygons=" + polygonCount + ", points=" + pointCount,
                "latitude",
                minLatitude + ".." + maxLatitude,
                "longitude",
                minLongitude + ".." + maxLongitude,
                "sha256",
                digest);
    }
}
