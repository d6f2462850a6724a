package vn.civic.org.geo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.org.FieldChecks;
import vn.civic.platform.error.InvalidInputException;

/**
 * Reads the boundary of an administrative unit from GeoJSON (RFC 7946), hostile until proved otherwise: a size limit
 * before parsing, a parser with limits on nesting, numbers and names that refuses duplicate keys and trailing data, a
 * limit on positions, WGS84 ranges, closed rings, and JTS's validity test (no self-intersection, holes inside their
 * shell, parts not overlapping). Accepted: a {@code Polygon} or {@code MultiPolygon}, a {@code Feature} holding one, or
 * a {@code FeatureCollection} of such features (their parts become one multipolygon). Every refusal is a
 * {@link InvalidInputException} on the given field with an {@code org.form.boundary_*} message.
 */
public final class GeoJsonBoundaries {

    /** Kept to 7 decimals (about 1 cm): finer than any survey of a border, and the stored text stays short. */
    static final double SCALE = 1e7;

    /** WGS84, x = longitude, y = latitude, as GeoJSON orders them. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** Old GeoJSON (2008) could name its reference system; only WGS84's names are accepted. */
    static final Set<String> WGS84_NAMES = Set.of(
            "urn:ogc:def:crs:OGC:1.3:CRS84",
            "urn:ogc:def:crs:OGC::CRS84",
            "urn:ogc:def:crs:EPSG::4326",
            "urn:ogc:def:crs:EPSG:4326",
            "EPSG:4326",
            "CRS84");

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxNumberLength(64)
                            .maxNameLength(200)
                            .maxStringLength(100_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeoJsonBoundaries() {}

    /** The limits of one upload: bytes of the file and positions in all its rings. */
    public record Limits(long maxBytes, int maxPoints) {}

    /**
     * The boundary in {@code content}, validated and normalised.
     *
     * @param field the form field to mark when the content is refused
     */
    public static BoundaryShape read(byte[] content, Limits limits, String field) {
        return shape(new Reader(field, limits).read(content, true));
    }

    /** A boundary stored earlier (validated and normalised then): parsed again without the validity test. */
    static MultiPolygon stored(String geoJson) {
        return new Reader("geometry", new Limits(Long.MAX_VALUE, Integer.MAX_VALUE))
                .read(geoJson.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The size limit as people read it: {@code 5 MB}, {@code 512 KB}. */
    public static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb && bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private static final class Reader {

        private final String field;
        private final Limits limits;
        private int points;

        Reader(String field, Limits limits) {
            this.field = field;
            this.limits = limits;
        }

        MultiPolygon read(byte[] content, boolean validate) {
            if (content == null || content.length == 0) {
                throw refused("boundary_required");
            }
            if (content.length > limits.maxBytes()) {
                throw refused("boundary_too_large", size(limits.maxBytes()));
            }
            JsonNode root;
            try {
                root = JSON.readTree(content);
            } catch (JacksonException e) {
                throw refused("boundary_not_json");
            }
            if (root == null || !root.isObject()) {
                throw refused("boundary_not_polygon");
            }
            requireWgs84(root);
            List<Polygon> polygons = new ArrayList<>();
            switch (type(root)) {
                case "Polygon", "MultiPolygon" -> geometry(root, polygons);
                case "Feature" -> feature(root, polygons);
                case "FeatureCollection" -> {
                    JsonNode features = root.get("features");
                    if (features == null || !features.isArray()) {
                        throw refused("boundary_not_polygon");
                    }
                    for (JsonNode feature : features) {
                        feature(feature, polygons);
                    }
                }
                default -> throw refused("boundary_not_polygon");
            }
            if (polygons.isEmpty()) {
                throw refused("boundary_not_polygon");
            }
            MultiPolygon geometry = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            if (validate) {
                TopologyValidationError error = new IsValidOp(geometry).getValidationError();
                if (error != null) {
                    Coordinate at = error.getCoordinate();
                    throw refused(
                            "boundary_invalid",
                            at == null ? "" : decimal(round(at.y)),
                            at == null ? "" : decimal(round(at.x)));
                }
            }
            return geometry;
        }

        private void requireWgs84(JsonNode root) {
            JsonNode crs = root.get("crs");
            if (crs == null || crs.isNull()) {
                return;
            }
            JsonNode name = crs.path("properties").path("name");
            if (!name.isString() || !WGS84_NAMES.contains(name.stringValue())) {
                throw refused("boundary_not_wgs84");
            }
        }

        private void feature(JsonNode feature, List<Polygon> polygons) {
            if (feature == null || !feature.isObject() || !"Feature".equals(type(feature))) {
                throw refused("boundary_not_polygon");
            }
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || !geometry.isObject()) {
                throw refused("boundary_not_polygon");
            }
            geometry(geometry, polygons);
        }

        private void geometry(JsonNode geometry, List<Polygon> polygons) {
            JsonNode coordinates = geometry.get("coordinates");
            switch (type(geometry)) {
                case "Polygon" -> polygons.add(polygon(coordinates));
                case "MultiPolygon" -> {
                    for (JsonNode polygon : array(coordinates, 1)) {
                        polygons.add(polygon(polygon));
                    }
                }
                default -> throw refused("boundary_not_polygon");
            }
        }

        /** An exterior ring, then its holes. */
        private Polygon polygon(JsonNode rings) {
            List<LinearRing> read = new ArrayList<>();
            for (JsonNode ring : array(rings, 1)) {
                read.add(ring(ring));
            }
            return FACTORY.createPolygon(
                    read.getFirst(), read.subList(1, read.size()).toArray(LinearRing[]::new));
        }

        /** At least four positions, the last one the first again (RFC 7946 §3.1.6). */
        private LinearRing ring(JsonNode positions) {
            if (positions == null || !positions.isArray()) {
                throw refused("boundary_not_polygon");
            }
            List<Coordinate> coordinates = new ArrayList<>(positions.size());
            for (JsonNode position : positions) {
                coordinates.add(position(position));
            }
            if (coordinates.size() < 4 || !coordinates.getFirst().equals2D(coordinates.getLast())) {
                throw refused("boundary_ring_open");
            }
            return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
        }

        /** Longitude, latitude and an optional altitude, which is dropped. */
        private Coordinate position(JsonNode position) {
            if (position == null || !position.isArray() || position.size() < 2 || position.size() > 3) {
                throw refused("boundary_not_polygon");
            }
            for (JsonNode value : position) {
                if (!value.isNumber()) {
                    throw refused("boundary_not_polygon");
                }
            }
            if (++points > limits.maxPoints()) {
                throw refused("boundary_too_many_points", limits.maxPoints());
            }
            double longitude = position.get(0).doubleValue();
            double latitude = position.get(1).doubleValue();
            if (!Double.isFinite(longitude)
                    || !Double.isFinite(latitude)
                    || Math.abs(longitude) > 180
                    || Math.abs(latitude) > 90) {
                throw refused("boundary_out_of_range");
            }
            return new Coordinate(round(longitude), round(latitude));
        }

        private Iterable<JsonNode> array(JsonNode node, int minimum) {
            if (node == null || !node.isArray() || node.size() < minimum) {
                throw refused("boundary_not_polygon");
            }
            return node;
        }

        private String type(JsonNode node) {
            JsonNode type = node.get("type");
            return type != null && type.isString() ? type.stringValue() : "";
        }

        private InvalidInputException refused(String code, Object... args) {
            return new InvalidInputException(List.of(FieldChecks.violation(field, code, args)));
        }
    }

    /** Oriented as RFC 7946 asks, written, digested, measured. */
    private static BoundaryShape shape(MultiPolygon read) {
        Polygon[] oriented = new Polygon[read.getNumGeometries()];
        int pointCount = 0;
        for (int i = 0; i < oriented.length; i++) {
            Polygon polygon = (Polygon) read.getGeometryN(i);
            LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = oriented(polygon.getInteriorRingN(h), false);
            }
            oriented[i] = FACTORY.createPolygon(oriented(polygon.getExteriorRing(), true), holes);
            pointCount += polygon.getNumPoints();
        }
        MultiPolygon geometry = FACTORY.createMultiPolygon(oriented);
        String geoJson = write(geometry);
        Point centre = geometry.getCentroid();
        if (!geometry.covers(centre)) {
            centre = geometry.getInteriorPoint();
        }
        Envelope box = geometry.getEnvelopeInternal();
        return new BoundaryShape(
                geometry,
                geoJson,
                sha256(geoJson),
                oriented.length,
                pointCount,
                box,
                round(centre.getY()),
                round(centre.getX()));
    }

    private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
        Coordinate[] coordinates = CoordinateArrays.copyDeep(ring.getCoordinates());
        if (Orientation.isCCW(coordinates) != counterClockwise) {
            CoordinateArrays.reverse(coordinates);
        }
        return FACTORY.createLinearRing(coordinates);
    }

    /** A {@code Polygon} when there is one part, else a {@code MultiPolygon}. */
    static String write(MultiPolygon geometry) {
        StringBuilder json = new StringBuilder(geometry.getNumPoints() * 24 + 64);
        boolean single = geometry.getNumGeometries() == 1;
        json.append("{\"type\":\"").append(single ? "Polygon" : "MultiPolygon").append("\",\"coordinates\":");
        if (!single) {
            json.append('[');
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            json.append(i > 0 ? ",[" : "[");
            ring(json, polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                json.append(',');
                ring(json, polygon.getInteriorRingN(h));
            }
            json.append(']');
        }
        if (!single) {
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static void ring(StringBuilder json, LinearRing ring) {
        json.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            json.append(i > 0 ? ",[" : "[")
                    .append(decimal(coordinates[i].x))
                    .append(',')
                    .append(decimal(coordinates[i].y))
                    .append(']');
        }
        json.append(']');
    }

    static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }

    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
