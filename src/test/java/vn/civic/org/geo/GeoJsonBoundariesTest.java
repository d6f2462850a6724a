package vn.civic.org.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * A boundary file is hostile until it is a valid WGS84 polygon: each refusal names the form field and why; what is
 * accepted is normalised (right-hand rule, 7 decimals) so the same shape always gives the same text and digest.
 */
class GeoJsonBoundariesTest {

    static final GeoJsonBoundaries.Limits LIMITS = new GeoJsonBoundaries.Limits(64 * 1024, 1_000);

    /** A square ward with a square hole, clockwise outside (the reverse of RFC 7946), altitudes given. */
    static final String WITH_HOLE = """
            {"type":"Polygon","coordinates":[
              [[105.80,21.00,12],[105.80,21.10,12],[105.90,21.10,12],[105.90,21.00,12],[105.80,21.00,12]],
              [[105.84,21.04],[105.86,21.04],[105.86,21.06],[105.84,21.06],[105.84,21.04]]]}
            """;

    static BoundaryShape read(String json) {
        return GeoJsonBoundaries.read(json.getBytes(StandardCharsets.UTF_8), LIMITS, "file");
    }

    static FieldViolation refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    static FieldViolation refusal(byte[] content) {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> GeoJsonBoundaries.read(content, LIMITS, "file"));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.violations())
                .singleElement()
                .extracting(FieldViolation::field)
                .isEqualTo("file");
        return refused.violations().getFirst();
    }

    static String square(double lon, double lat, double size) {
        return "[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],[" + (lon + size) + "," + (lat + size)
                + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]";
    }

    @Test
    void aPolygonWithAHoleIsNormalisedToTheRightHandRuleWithoutAltitudes() {
        BoundaryShape shape = read(WITH_HOLE);

        assertThat(shape.geoJson())
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":["
                        + "[[105.8,21],[105.9,21],[105.9,21.1],[105.8,21.1],[105.8,21]],"
                        + "[[105.84,21.04],[105.84,21.06],[105.86,21.06],[105.86,21.04],[105.84,21.04]]]}");
        assertThat(shape.polygonCount()).isEqualTo(1);
        assertThat(shape.pointCount()).isEqualTo(10);
        assertThat(shape.box().getMinY()).isEqualTo(21.0);
        assertThat(shape.box().getMaxX()).isEqualTo(105.9);
        assertThat(shape.digest()).hasSize(64);
        // the centroid falls in the hole: the centre is moved inside the ward
        Point centre =
                GeoJsonBoundaries.FACTORY.createPoint(new Coordinate(shape.centreLongitude(), shape.centreLatitude()));
        assertThat(shape.geometry().covers(centre)).isTrue();
        // the same shape written the other way round is the same boundary
        assertThat(read(shape.geoJson()).digest()).isEqualTo(shape.digest());
    }

    @Test
    void featuresAndCollectionsOfPolygonsAreAcceptedAsOneMultipolygon() {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"name\":\"Phường Thử\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[" + square(106, 20, 0.1) + "]}}";
        assertThat(read(feature).polygonCount()).isEqualTo(1);

        String collection = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[" + feature + ","
                + "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[["
                + square(107, 20, 0.1) + "]]}}]}";
        BoundaryShape shape = read(collection);
        assertThat(shape.polygonCount()).isEqualTo(2);
        assertThat(shape.geoJson()).startsWith("{\"type\":\"MultiPolygon\"");
    }

    @Test
    void whatIsNotJsonIsRefusedAsSuch() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(refusal(png).code()).isEqualTo("boundary_not_json");
        assertThat(refusal("{\"type\":\"Polygon\",").code()).isEqualTo("boundary_not_json");
        assertThat(refusal("{\"type\":\"Polygon\",\"type\":\"Polygon\",\"coordinates\":[]}")
                        .code())
                .as("duplicate keys")
                .isEqualTo("boundary_not_json");
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[" + square(1, 1, 1) + "]} {}")
                        .code())
                .as("trailing data")
                .isEqualTo("boundary_not_json");
        assertThat(refusal("[".repeat(5_000) + "]".repeat(5_000)).code())
                .as("nesting bomb")
                .isEqualTo("boundary_not_json");
        assertThat(refusal(new byte[0]).code()).isEqualTo("boundary_required");
    }

    @Test
    void onlyPolygonsMakeABoundary() {
        for (String json : new String[] {
            "{\"type\":\"Point\",\"coordinates\":[105.85,21.03]}",
            "{\"type\":\"LineString\",\"coordinates\":[[105.85,21.03],[105.86,21.04]]}",
            "{\"type\":\"GeometryCollection\",\"geometries\":[]}",
            "{\"type\":\"FeatureCollection\",\"features\":[]}",
            "{\"type\":\"Feature\",\"geometry\":null}",
            "{\"type\":\"Polygon\",\"coordinates\":[]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[\"105.8\",\"21\"],[105.9,21],[105.9,21.1],[105.8,21]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[105.8],[105.9,21],[105.9,21.1],[105.8]]]}",
            "[1,2,3]",
            "\"Polygon\""
        }) {
            assertThat(refusal(json).code()).as(json).isEqualTo("boundary_not_polygon");
        }
    }

    @Test
    void coordinatesOutsideWgs84AreRefused() {
        // latitude and longitude swapped
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[" + square(21, 105, 0.1) + "]}")
                        .code())
                .isEqualTo("boundary_out_of_range");
        // VN-2000 metres
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[" + square(585_000, 2_326_000, 100) + "]}")
                        .code())
                .isEqualTo("boundary_out_of_range");
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[[[1e999,1],[2,1],[2,2],[1e999,1]]]}")
                        .code())
                .isEqualTo("boundary_out_of_range");
        String projected = "{\"type\":\"Polygon\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3405\"}},"
                + "\"coordinates\":[" + square(105, 21, 0.1) + "]}";
        assertThat(refusal(projected).code()).isEqualTo("boundary_not_wgs84");
    }

    @Test
    void ringsMustBeClosedAndPolygonsValid() {
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[[[105.8,21],[105.9,21],[105.9,21.1],[105.8,21.1]]]}")
                        .code())
                .isEqualTo("boundary_ring_open");
        assertThat(refusal("{\"type\":\"Polygon\",\"coordinates\":[[[105.8,21],[105.9,21],[105.8,21]]]}")
                        .code())
                .isEqualTo("boundary_ring_open");

        FieldViolation bowTie = refusal(
                "{\"type\":\"Polygon\",\"coordinates\":[[[105.8,21],[105.9,21.1],[105.9,21],[105.8,21.1],[105.8,21]]]}");
        assertThat(bowTie.code()).isEqualTo("boundary_invalid");
        assertThat(bowTie.args()).containsExactly("21.05", "105.85");

        String holeOutside =
                "{\"type\":\"Polygon\",\"coordinates\":[" + square(105, 21, 0.1) + "," + square(106, 21, 0.1) + "]}";
        assertThat(refusal(holeOutside).code()).isEqualTo("boundary_invalid");

        String overlapping = "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + square(105, 21, 0.1) + "],["
                + square(105.05, 21.05, 0.1) + "]]}";
        assertThat(refusal(overlapping).code()).isEqualTo("boundary_invalid");
    }

    @Test
    void sizeAndPointsAreLimited() {
        byte[] large = (" ".repeat(64 * 1024) + "{}").getBytes(StandardCharsets.UTF_8);
        FieldViolation tooLarge = refusal(large);
        assertThat(tooLarge.code()).isEqualTo("boundary_too_large");
        assertThat(tooLarge.args()).containsExactly("64 KB");

        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < 1_001; i++) {
            double angle = 2 * Math.PI * i / 1_001;
            ring.append(i > 0 ? "," : "")
                    .append('[')
                    .append(105 + Math.cos(angle) / 100)
                    .append(',')
                    .append(21 + Math.sin(angle) / 100)
                    .append(']');
        }
        ring.append(",[105.01,21]]");
        FieldViolation tooMany = refusal("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        assertThat(tooMany.code()).isEqualTo("boundary_too_many_points");
        assertThat(tooMany.args()).containsExactly(1_000);
    }
}
