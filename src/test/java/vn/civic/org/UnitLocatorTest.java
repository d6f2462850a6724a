package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.org.OrgTesting.unitCode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.org.geo.GeoJsonBoundaries;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The unit at a point: the lowest current unit whose boundary covers it, so a pin in a ward finds the ward and a pin
 * in the city outside every ward's boundary finds the city. Test units are test provinces with communes, each test at
 * its own random place in the South Atlantic, far from the demo city and from each other.
 */
@CivicTest
class UnitLocatorTest {

    @Autowired
    OrgDirectory directory;

    @Autowired
    UnitEditor units;

    @Autowired
    BoundaryEditor boundaries;

    @Autowired
    Clock clock;

    TestActor admin;
    long provinceLevel;
    long communeLevel;
    /** South-west corner of this test's place. */
    double lon;

    double lat;

    @BeforeEach
    void place() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        admin = TestActors.staff(hanoi.id(), hanoi.code());
        provinceLevel = level("PROVINCE");
        communeLevel = level("COMMUNE");
        lon = -40 + ThreadLocalRandom.current().nextInt(300) / 10.0;
        lat = -50 + ThreadLocalRandom.current().nextInt(300) / 10.0;
    }

    long level(String code) {
        return units.levels().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    UnitDetails unit(String kind, long levelId, Long parentId, LocalDate validFrom) {
        String code = unitCode();
        return OrgTesting.as(
                admin, () -> units.create(new UnitCommand(code, kind + " " + code, levelId, parentId, validFrom)));
    }

    BoundaryDetails upload(long unitId, String geoJson) {
        return OrgTesting.as(
                admin,
                () -> boundaries.upload(unitId, null, new ByteArrayResource(geoJson.getBytes(StandardCharsets.UTF_8))));
    }

    /** A square ring, longitude and latitude of its south-west corner, in degrees. */
    static String ring(double lon, double lat, double size) {
        return "[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],[" + (lon + size) + "," + (lat + size)
                + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]";
    }

    static String polygon(String... rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + String.join(",", rings) + "]}";
    }

    /** As stored: to 7 decimals. */
    static double rounded(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    Long at(double latitude, double longitude) {
        return directory
                .unitContaining(latitude, longitude)
                .map(AdministrativeUnitView::id)
                .orElse(null);
    }

    @Test
    void aPinOnHoanKiemLakeResolvesToPhuongHoanKiem() {
        assertThat(directory.unitContaining(21.0285, 105.8542))
                .get()
                .extracting(AdministrativeUnitView::name, AdministrativeUnitView::code)
                .containsExactly("Phường Hoàn Kiếm", "00070");
        assertThat(directory.unitContaining(20.868, 106.668))
                .get()
                .extracting(AdministrativeUnitView::name)
                .isEqualTo("Phường Hồng Bàng");
        // Đống Đa, where the demo city has no ward: the city
        assertThat(directory.unitContaining(21.0100, 105.8300))
                .get()
                .extracting(AdministrativeUnitView::name)
                .isEqualTo("Thành phố Hà Nội");
        assertThat(directory.unitContaining(16.5, 112.0)).isEmpty();
        assertThat(directory.unitContaining(91, 105.85)).isEmpty();
        assertThat(directory.unitContaining(Double.NaN, 105.85)).isEmpty();
    }

    @Test
    void theDemoWardsLieInsideTheirCityAndApart() {
        Map<String, String> cities = Map.of("01", "Thành phố Hà Nội", "31", "Thành phố Hải Phòng");
        for (String cityCode : cities.keySet()) {
            AdministrativeUnitView city = directory.currentUnitsUnder(null).stream()
                    .filter(u -> u.code().equals(cityCode))
                    .findFirst()
                    .orElseThrow();
            Geometry outline = geometry(city.id());
            List<Geometry> wards = new ArrayList<>();
            for (AdministrativeUnitView ward : directory.currentUnitsUnder(city.id())) {
                if (boundaries.find(ward.id()).isEmpty()) {
                    continue; // a commune another test added
                }
                Geometry shape = geometry(ward.id());
                assertThat(outline.covers(shape))
                        .as(ward.name() + " in " + city.name())
                        .isTrue();
                for (Geometry other : wards) {
                    assertThat(shape.relate(other, "T********"))
                            .as(ward.name() + " overlaps")
                            .isFalse();
                }
                wards.add(shape);
            }
            assertThat(wards).hasSizeGreaterThanOrEqualTo(cityCode.equals("01") ? 7 : 8);
        }
    }

    Geometry geometry(long unitId) {
        return GeoJsonBoundaries.read(
                        boundaries.geoJson(unitId).getBytes(StandardCharsets.UTF_8),
                        new GeoJsonBoundaries.Limits(1 << 20, 100_000),
                        "file")
                .geometry();
    }

    @Test
    void theLowestUnitHoldingThePointAnswersAndAHoleBelongsToTheUnitAbove() {
        UnitDetails province = unit("Tỉnh Thử nghiệm", provinceLevel, null, null);
        upload(province.id(), polygon(ring(lon, lat, 1)));
        UnitDetails commune = unit("Xã Thử nghiệm", communeLevel, province.id(), null);
        // a commune of 0.2° with a lake of 0.05° in its middle, which belongs to no commune
        upload(commune.id(), polygon(ring(lon + 0.2, lat + 0.2, 0.2), ring(lon + 0.275, lat + 0.275, 0.05)));

        assertThat(at(lat + 0.25, lon + 0.25)).as("in the commune").isEqualTo(commune.id());
        assertThat(at(lat + 0.3, lon + 0.3)).as("in the hole").isEqualTo(province.id());
        assertThat(at(lat + 0.7, lon + 0.7)).as("in the province only").isEqualTo(province.id());
        assertThat(at(rounded(lat + 0.2), lon + 0.3))
                .as("on the commune's border")
                .isEqualTo(commune.id());
        assertThat(at(lat - 0.1, lon + 0.5)).as("outside the province").isNull();
    }

    @Test
    void dissolvedUnitsAndUnitsNotYetInForceAreIgnored() {
        UnitDetails province = unit("Tỉnh Thử nghiệm", provinceLevel, null, null);
        upload(province.id(), polygon(ring(lon, lat, 1)));
        UnitDetails merged = unit("Xã Sáp nhập", communeLevel, province.id(), null);
        upload(merged.id(), polygon(ring(lon + 0.1, lat + 0.1, 0.2)));
        LocalDate today = LocalDate.now(clock);
        UnitDetails planned = unit("Xã Tương lai", communeLevel, province.id(), today.plusDays(30));
        upload(planned.id(), polygon(ring(lon + 0.5, lat + 0.5, 0.2)));

        assertThat(at(lat + 0.2, lon + 0.2)).isEqualTo(merged.id());
        assertThat(at(lat + 0.6, lon + 0.6)).as("not in force yet").isEqualTo(province.id());

        OrgTesting.as(
                admin,
                () -> units.dissolve(
                        merged.id(), merged.version(), new UnitDissolution(today.minusDays(1), province.id())));

        assertThat(at(lat + 0.2, lon + 0.2)).as("dissolved").isEqualTo(province.id());
        assertThat(boundaries.find(merged.id())).as("kept as history").isPresent();
    }

    @Test
    void theCentreLiesInsideTheBoundaryEvenAroundAHole() {
        UnitDetails province = unit("Tỉnh Thử nghiệm", provinceLevel, null, null);
        upload(province.id(), polygon(ring(lon, lat, 1), ring(lon + 0.4, lat + 0.4, 0.2)));

        double[] centre = directory.centre(province.id()).orElseThrow();
        assertThat(geometry(province.id())
                        .covers(GeoJsonBoundaries.FACTORY.createPoint(new Coordinate(centre[1], centre[0]))))
                .isTrue();
        assertThat(at(centre[0], centre[1])).isEqualTo(province.id());

        UnitDetails without = unit("Xã Chưa có ranh giới", communeLevel, province.id(), null);
        assertThat(directory.centre(without.id())).isEmpty();
    }

    @Test
    void unitsAreFoundByNameWithoutDiacriticsOrByCode() {
        assertThat(directory.searchUnits("hoan kiem", 10))
                .extracting(AdministrativeUnitView::name)
                .first()
                .isEqualTo("Phường Hoàn Kiếm");
        assertThat(directory.searchUnits("HOÀN KIẾM", 10))
                .extracting(AdministrativeUnitView::name)
                .contains("Phường Hoàn Kiếm")
                .doesNotContain("Quận Hoàn Kiếm");
        assertThat(directory.searchUnits("p hoan ki", 10))
                .extracting(AdministrativeUnitView::name)
                .containsExactly("Phường Hoàn Kiếm");
        assertThat(directory.searchUnits("00070", 10))
                .extracting(AdministrativeUnitView::name)
                .first()
                .isEqualTo("Phường Hoàn Kiếm");
        assertThat(directory.searchUnits("hai phong", 10))
                .extracting(AdministrativeUnitView::name)
                .containsExactly("Thành phố Hải Phòng");
        assertThat(directory.searchUnits("phuong", 3)).hasSize(3);
        assertThat(directory.searchUnits("  ", 10)).isEmpty();
        assertThat(directory.searchUnits("oan kiem", 10)).isEmpty();

        UnitDetails created = unit("Phường Tìm Kiếm Thử", communeLevel, province(), null);
        assertThat(directory.searchUnits("tim kiem thu " + created.unit().code(), 10))
                .extracting(AdministrativeUnitView::id)
                .containsExactly(created.id());
    }

    long province() {
        return unit("Tỉnh Thử nghiệm", provinceLevel, null, null).id();
    }
}
