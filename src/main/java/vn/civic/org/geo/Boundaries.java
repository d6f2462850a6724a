package vn.civic.org.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.civic.org.BoundaryDetails;
import vn.civic.platform.cache.ReferenceCaches;

/**
 * The boundaries of administrative units as stored ({@code admin_unit_boundary}): one per unit, the normalised
 * GeoJSON text with its bounding box, centre and digest. Every write empties the reference caches
 * (docs/decisions/0017), as a JPA write of reference data would.
 */
@Repository
public class Boundaries {

    private static final String DETAILS = "select unit_id, polygon_count, point_count, min_latitude, max_latitude,"
            + " min_longitude, max_longitude, centre_latitude, centre_longitude, digest, updated_at, version"
            + " from admin_unit_boundary";

    /**
     * The boundaries whose box holds the point, of units that exist on {@code day}: deepest level first, so the first
     * whose polygon covers the point is the lowest unit; by code among units of one level, so that a point on a
     * border between two wards always resolves to the same one.
     */
    private static final String CANDIDATES = """
            select b.unit_id, b.digest from admin_unit_boundary b
              join admin_unit u on u.id = b.unit_id
              join admin_level l on l.id = u.level_id
            where b.min_latitude <= :lat and b.max_latitude >= :lat
              and b.min_longitude <= :lon and b.max_longitude >= :lon
              and u.valid_to is null and (u.valid_from is null or u.valid_from <= :day)
            order by l.depth desc, u.code
            """;

    /** A unit whose box holds a point, with the digest of its geometry. */
    public record Candidate(long unitId, String digest) {}

    /** A boundary's GeoJSON text and the SHA-256 of it. */
    public record StoredGeometry(String geoJson, String digest) {}

    private final JdbcClient jdbc;
    private final ReferenceCaches caches;

    Boundaries(JdbcClient jdbc, ReferenceCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    public Optional<BoundaryDetails> find(long unitId) {
        return jdbc.sql(DETAILS + " where unit_id = ?")
                .param(unitId)
                .query(Boundaries::details)
                .optional();
    }

    /** The stored GeoJSON geometry with its digest. */
    public Optional<StoredGeometry> geometry(long unitId) {
        return jdbc.sql("select geometry, digest from admin_unit_boundary where unit_id = ?")
                .param(unitId)
                .query((rs, n) -> new StoredGeometry(rs.getString("geometry"), rs.getString("digest")))
                .optional();
    }

    public List<Candidate> candidates(double latitude, double longitude, LocalDate day) {
        return jdbc.sql(CANDIDATES)
                .param("lat", latitude)
                .param("lon", longitude)
                .param("day", day)
                .query((rs, n) -> new Candidate(rs.getLong("unit_id"), rs.getString("digest")))
                .list();
    }

    /** {latitude, longitude} of the unit's centre, when it has a boundary. */
    public Optional<double[]> centre(long unitId) {
        return jdbc.sql("select centre_latitude, centre_longitude from admin_unit_boundary where unit_id = ?")
                .param(unitId)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from admin_unit_boundary")
                .query(Long.class)
                .single();
    }

    /**
     * Stores the unit's first boundary (version 0), or replaces the one at {@code version}.
     *
     * @return false when the stored boundary is not at that version any more (or already exists, for a first one)
     */
    public boolean save(long unitId, Long version, BoundaryShape shape, Instant now) {
        caches.forgetAll();
        if (version == null) {
            return jdbc.sql("""
                            insert into admin_unit_boundary (unit_id, geometry, min_latitude, max_latitude,
                                min_longitude, max_longitude, centre_latitude, centre_longitude, polygon_count,
                                point_count, digest, updated_at, version)
                            values (:unit, :geometry, :minLat, :maxLat, :minLon, :maxLon, :centreLat, :centreLon,
                                :polygons, :points, :digest, :now, 0)
                            """).params(values(unitId, shape, now)).update() == 1;
        }
        return jdbc.sql("""
                        update admin_unit_boundary set geometry = :geometry, min_latitude = :minLat,
                            max_latitude = :maxLat, min_longitude = :minLon, max_longitude = :maxLon,
                            centre_latitude = :centreLat, centre_longitude = :centreLon, polygon_count = :polygons,
                            point_count = :points, digest = :digest, updated_at = :now, version = version + 1
                        where unit_id = :unit and version = :version
                        """)
                        .params(values(unitId, shape, now))
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Removes the unit's boundary at {@code version}; false when it is not there at that version. */
    public boolean delete(long unitId, long version) {
        caches.forgetAll();
        return jdbc.sql("delete from admin_unit_boundary where unit_id = ? and version = ?")
                        .params(unitId, version)
                        .update()
                == 1;
    }

    private static Map<String, Object> values(long unitId, BoundaryShape shape, Instant now) {
        return Map.ofEntries(
                Map.entry("unit", unitId),
                Map.entry("geometry", shape.geoJson()),
                Map.entry("minLat", shape.box().getMinY()),
                Map.entry("maxLat", shape.box().getMaxY()),
                Map.entry("minLon", shape.box().getMinX()),
                Map.entry("maxLon", shape.box().getMaxX()),
                Map.entry("centreLat", shape.centreLatitude()),
                Map.entry("centreLon", shape.centreLongitude()),
                Map.entry("polygons", shape.polygonCount()),
                Map.entry("points", shape.pointCount()),
                Map.entry("digest", shape.digest()),
                Map.entry("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }

    private static BoundaryDetails details(ResultSet rs, int row) throws SQLException {
        return new BoundaryDetails(
                rs.getLong("unit_id"),
                rs.getInt("polygon_count"),
                rs.getInt("point_count"),
                rs.getDouble("min_latitude"),
                rs.getDouble("max_latitude"),
                rs.getDouble("min_longitude"),
                rs.getDouble("max_longitude"),
                rs.getDouble("centre_latitude"),
                rs.getDouble("centre_longitude"),
                rs.getString("digest"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }
}
