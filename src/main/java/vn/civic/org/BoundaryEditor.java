package vn.civic.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.org.geo.Boundaries;
import vn.civic.org.geo.BoundaryShape;
import vn.civic.org.geo.GeoJsonBoundaries;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.NotFoundException;

/**
 * The boundaries of administrative units, city-wide data under {@code UNIT_MANAGE}: a GeoJSON polygon or multipolygon
 * per unit, uploaded, replaced or removed by an administrator, validated as hostile input (size, parser limits, WGS84
 * ranges, a valid polygon), audited in its transaction and naming the version it started from. A former unit may keep
 * or get a boundary for history; point look-ups ({@link OrgDirectory#unitContaining}) only consider current units.
 */
@Service
public class BoundaryEditor {

    /** The form field a refused file is reported on. */
    public static final String FIELD = "file";

    static final String OBJECT_TYPE = "AdministrativeUnit";

    private final Boundaries boundaries;
    private final AdministrativeUnits units;
    private final OrgProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    BoundaryEditor(
            Boundaries boundaries, AdministrativeUnits units, OrgProperties properties, AuditLog audit, Clock clock) {
        this.boundaries = boundaries;
        this.units = units;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    private GeoJsonBoundaries.Limits limits() {
        return new GeoJsonBoundaries.Limits(properties.boundaryMaxSize().toBytes(), properties.boundaryMaxPoints());
    }

    /** The unit's boundary, if it has one; 404 for an unknown unit. */
    @Transactional(readOnly = true)
    public Optional<BoundaryDetails> find(long unitId) {
        requireUnit(unitId);
        return boundaries.find(unitId);
    }

    /** The stored GeoJSON geometry, normalised ({@code Polygon} or {@code MultiPolygon}); 404 without one. */
    @Transactional(readOnly = true)
    public String geoJson(long unitId) {
        requireUnit(unitId);
        return boundaries
                .geometry(unitId)
                .map(Boundaries.StoredGeometry::geoJson)
                .orElseThrow(() -> NotFoundException.of("Boundary", unitId));
    }

    /**
     * Stores the boundary in {@code file} for the unit, replacing the one it has. Reads at most one byte more than the
     * size limit, so an oversized file is refused without being read whole.
     *
     * @param startedFrom the version of the boundary the administrator saw; null when the unit had none
     */
    @Transactional
    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    public BoundaryDetails upload(long unitId, Long startedFrom, InputStreamSource file) {
        requireUnit(unitId);
        BoundaryShape shape = GeoJsonBoundaries.read(read(file), limits(), FIELD);
        Optional<BoundaryDetails> before = boundaries.find(unitId);
        if (!Objects.equals(before.map(BoundaryDetails::version).orElse(null), startedFrom)) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
        boolean saved;
        try {
            saved = boundaries.save(unitId, startedFrom, shape, clock.instant());
        } catch (DuplicateKeyException e) {
            saved = false; // a first boundary stored by someone else meanwhile
        }
        if (!saved) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
        BoundaryDetails after = boundaries.find(unitId).orElseThrow();
        audit.record(AuditRecord.change(
                "unit.boundary.uploaded",
                OBJECT_TYPE,
                unitId,
                before.map(BoundaryDetails::summary).orElse(null),
                after.summary()));
        return after;
    }

    /** Removes the unit's boundary: points there then resolve to the unit above it. */
    @Transactional
    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    public void remove(long unitId, long version) {
        requireUnit(unitId);
        BoundaryDetails before = boundaries.find(unitId).orElseThrow(() -> NotFoundException.of("Boundary", unitId));
        if (before.version() != version || !boundaries.delete(unitId, version)) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
        audit.record(AuditRecord.change("unit.boundary.removed", OBJECT_TYPE, unitId, before.summary(), null));
    }

    private byte[] read(InputStreamSource file) {
        if (file == null) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            long max = properties.boundaryMaxSize().toBytes();
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireUnit(long unitId) {
        if (!units.existsById(unitId)) {
            throw NotFoundException.of(OBJECT_TYPE, unitId);
        }
    }
}
