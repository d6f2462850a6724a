package vn.civic.org.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which unit holds a point. The database finds the few current units whose bounding box holds it (indexed columns);
 * their polygons, prepared for repeated point-in-polygon tests (JTS), are kept in memory under the digest of their
 * geometry. A key that names the content cannot serve a replaced boundary, on this node or another, and stays right
 * inside a writing transaction (a report's submission asks within one), so the prepared polygons need no invalidation:
 * replaced ones are dropped when the cache is full (docs/decisions/0032-unit-boundaries.md).
 */
@Component
@Transactional(readOnly = true)
public class UnitLocations {

    /** Positions the cache holds at most, across its polygons: a few cities' full-detail outlines. */
    static final long CACHED_POINTS = 2_000_000;

    private final Boundaries boundaries;
    private final Clock clock;
    private final Cache<String, PreparedGeometry> prepared = Caffeine.newBuilder()
            .maximumWeight(CACHED_POINTS)
            .weigher((String digest, PreparedGeometry geometry) ->
                    geometry.getGeometry().getNumPoints())
            .build();

    UnitLocations(Boundaries boundaries, Clock clock) {
        this.boundaries = boundaries;
        this.clock = clock;
    }

    /** True for a WGS84 position: finite, latitude within ±90°, longitude within ±180°. */
    public static boolean isPosition(double latitude, double longitude) {
        return Double.isFinite(latitude)
                && Double.isFinite(longitude)
                && Math.abs(latitude) <= 90
                && Math.abs(longitude) <= 180;
    }

    /**
     * The id of the lowest-level unit, existing today, whose boundary covers the point (a point on a border counts as
     * inside); empty when none does or the position is not a WGS84 one.
     */
    public Optional<Long> containing(double latitude, double longitude) {
        if (!isPosition(latitude, longitude)) {
            return Optional.empty();
        }
        Point point = GeoJsonBoundaries.FACTORY.createPoint(new Coordinate(longitude, latitude));
        LocalDate today = LocalDate.now(clock);
        for (Boundaries.Candidate candidate : boundaries.candidates(latitude, longitude, today)) {
            PreparedGeometry geometry = prepared(candidate);
            if (geometry != null && geometry.covers(point)) {
                return Optional.of(candidate.unitId());
            }
        }
        return Optional.empty();
    }

    /** {latitude, longitude} inside the unit's boundary, when it has one. */
    public Optional<double[]> centre(long unitId) {
        return boundaries.centre(unitId);
    }

    private PreparedGeometry prepared(Boundaries.Candidate candidate) {
        PreparedGeometry kept = prepared.getIfPresent(candidate.digest());
        if (kept != null) {
            return kept;
        }
        Boundaries.StoredGeometry stored =
                boundaries.geometry(candidate.unitId()).orElse(null);
        if (stored == null) {
            return null; // removed since the candidates were read
        }
        PreparedGeometry loaded = PreparedGeometryFactory.prepare(GeoJsonBoundaries.stored(stored.geoJson()));
        // kept under the digest of what was read, which differs from the candidate's if it was replaced meanwhile
        prepared.put(stored.digest(), loaded);
        return loaded;
    }
}
