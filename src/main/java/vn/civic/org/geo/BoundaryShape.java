package vn.civic.org.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A validated boundary: the geometry in WGS84 (x longitude, y latitude), its normalised GeoJSON text (what is stored
 * and what its digest is taken of), and the figures kept beside it.
 *
 * @param geoJson a GeoJSON {@code Polygon} or {@code MultiPolygon}, coordinates to 7 decimals, exterior rings
 *     counter-clockwise and holes clockwise (RFC 7946 §3.1.6)
 * @param digest SHA-256 of {@code geoJson} in hex: the identity of the geometry in caches
 * @param pointCount positions in all rings, closing ones included
 * @param box the bounding box (x longitude, y latitude)
 * @param centreLatitude a point inside the boundary: the centroid, or an interior point where the centroid falls
 *     outside (a crescent-shaped ward)
 */
public record BoundaryShape(
        MultiPolygon geometry,
        String geoJson,
        String digest,
        int polygonCount,
        int pointCount,
        Envelope box,
        double centreLatitude,
        double centreLongitude) {}
