package vn.civic.org.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.org.domain.AdministrativeUnit;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.org.geo.Boundaries;
import vn.civic.org.geo.GeoJsonBoundaries;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.demo.DemoDataset;

/**
 * Boundaries for the demo city: simplified polygons of a handful of points, roughly where the units lie, that do not
 * overlap (the wards around Hoàn Kiếm Lake and Cầu Giấy, Bát Tràng, the wards of central Hải Phòng, Hải Dương, Cát Hải,
 * and the two cities' outlines), from {@value #RESOURCE}. Illustrative, not surveyed: a pin on Hoàn Kiếm Lake resolves
 * to Phường Hoàn Kiếm, a pin in Đống Đa to the city. Loaded once, when no unit has a boundary yet, also into a demo
 * database made before boundaries existed.
 */
@Component
class OrgBoundaryDemoData implements DemoDataset {

    static final String RESOURCE = "org/demo-boundaries.geojson";

    private final Boundaries boundaries;
    private final AdministrativeUnits units;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    OrgBoundaryDemoData(
            Boundaries boundaries, AdministrativeUnits units, JsonMapper json, AuditLog audit, Clock clock) {
        this.boundaries = boundaries;
        this.units = units;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (boundaries.count() > 0) {
            return;
        }
        JsonNode collection;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            collection = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeoJsonBoundaries.Limits limits = new GeoJsonBoundaries.Limits(1024 * 1024, 10_000);
        int loaded = 0;
        for (JsonNode feature : collection.get("features")) {
            String code = feature.get("properties").get("code").stringValue();
            Optional<AdministrativeUnit> unit = units.findByCode(code).filter(AdministrativeUnit::isCurrent);
            if (unit.isPresent()) {
                byte[] geometry = json.writeValueAsBytes(feature.get("geometry"));
                boundaries.save(
                        unit.get().id(), null, GeoJsonBoundaries.read(geometry, limits, "geometry"), clock.instant());
                loaded++;
            }
        }
        if (loaded > 0) {
            audit.record(AuditRecord.change(
                    "org.demo.boundaries.loaded", "Organisation", null, null, loaded + " unit boundaries"));
        }
    }
}
