package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.org.OrgTesting.audited;
import static vn.civic.org.OrgTesting.page;
import static vn.civic.org.OrgTesting.unitCode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * A unit's boundary on the admin pages: uploaded as GeoJSON under UNIT_MANAGE, refused with the file field marked in
 * Vietnamese and nothing stored, replaced only from the version shown, removed, audited; and the point look-up API for
 * machine clients with {@code ORG_READ} and staff. Each test works on its own test province at a random place in the
 * South Atlantic.
 */
@CivicTest
class BoundaryAdministrationTest {

    static final TestActor CLIENT = new TestActor("test:client-map", "Bản đồ thử nghiệm", null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    UnitEditor units;

    @Autowired
    BoundaryEditor boundaries;

    TestActor admin;
    UnitDetails province;
    double lon;
    double lat;

    @BeforeEach
    void testProvince() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        admin = TestActors.staff(hanoi.id(), hanoi.code());
        long level = units.levels().stream()
                .filter(l -> l.code().equals("PROVINCE"))
                .findFirst()
                .orElseThrow()
                .id();
        String code = unitCode();
        province = OrgTesting.as(
                admin, () -> units.create(new UnitCommand(code, "Tỉnh Ranh giới " + code, level, null, null)));
        lon = -40 + ThreadLocalRandom.current().nextInt(300) / 10.0;
        lat = -50 + ThreadLocalRandom.current().nextInt(300) / 10.0;
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B asAdmin(B request) {
        return request.with(TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.UNIT_MANAGE));
    }

    String path() {
        return "/admin/org/units/" + province.id() + "/boundary";
    }

    String square(double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],["
                + (lon + size) + "," + (lat + size) + "],[" + lon + "," + (lat + size) + "],[" + lon + "," + lat
                + "]]]}";
    }

    MockMultipartHttpServletRequestBuilder upload(byte[] content, Long version) {
        MockMultipartHttpServletRequestBuilder request = multipart(path())
                .file(new MockMultipartFile("file", "ranh-gioi.geojson", "application/geo+json", content))
                .with(csrf());
        if (version != null) {
            request.param("version", version.toString());
        }
        return asAdmin(request);
    }

    long stored() {
        return jdbc.queryForObject(
                "select count(*) from admin_unit_boundary where unit_id = ?", Long.class, province.id());
    }

    @Test
    void administratorUploadsABoundaryAndThePointFindsTheUnit() throws Exception {
        mvc.perform(upload(square(0.5).getBytes(StandardCharsets.UTF_8), null))
                .andExpect(redirectedUrl(path()))
                .andExpect(flash().attribute("notice", "org.boundary.notice.uploaded"));

        Document shown = page(mvc, asAdmin(get(path())));
        assertThat(shown.select("#boundary-parts").text()).isEqualTo("1");
        assertThat(shown.select("#boundary-points").text()).isEqualTo("5");
        assertThat(shown.select("#boundary-download").attr("href")).isEqualTo(path() + "/geojson");
        assertThat(directory.unitContaining(lat + 0.25, lon + 0.25))
                .get()
                .extracting(AdministrativeUnitView::id)
                .isEqualTo(province.id());
        assertThat(audited(jdbc, "unit.boundary.uploaded", province.id(), admin))
                .singleElement()
                .asString()
                .contains("polygons=1, points=5", "sha256=");

        String download = mvc.perform(asAdmin(get(path() + "/geojson")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(download)
                .startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[")
                .endsWith("]]]}");
    }

    @Test
    void aReplacementNamesTheVersionItStartedFromAndARemovalFallsBackToTheUnitAbove() throws Exception {
        BoundaryDetails first = OrgTesting.as(
                admin,
                () -> boundaries.upload(
                        province.id(), null, new ByteArrayResource(square(0.5).getBytes(StandardCharsets.UTF_8))));

        mvc.perform(upload(square(0.8).getBytes(StandardCharsets.UTF_8), null)).andExpect(status().isConflict());
        mvc.perform(upload(square(0.8).getBytes(StandardCharsets.UTF_8), first.version()))
                .andExpect(redirectedUrl(path()));
        BoundaryDetails second = boundaries.find(province.id()).orElseThrow();
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.maxLatitude()).isEqualTo(Math.round((lat + 0.8) * 1e7) / 1e7);
        assertThat(directory.unitContaining(lat + 0.7, lon + 0.7)).isPresent();
        assertThat(audited(jdbc, "unit.boundary.uploaded", province.id(), admin))
                .hasSize(2);

        mvc.perform(asAdmin(post(path() + "/removal").with(csrf()).param("version", Long.toString(first.version()))))
                .andExpect(status().isConflict());
        mvc.perform(asAdmin(post(path() + "/removal").with(csrf()).param("version", Long.toString(second.version()))))
                .andExpect(redirectedUrl(path()))
                .andExpect(flash().attribute("notice", "org.boundary.notice.removed"));
        assertThat(stored()).isZero();
        assertThat(directory.unitContaining(lat + 0.25, lon + 0.25)).isEmpty();
        assertThat(audited(jdbc, "unit.boundary.removed", province.id(), admin)).hasSize(1);
        assertThat(page(mvc, asAdmin(get(path()))).select("#boundary-none")).hasSize(1);
    }

    @Test
    void aRefusedFileIsMarkedInVietnameseAndNothingIsStored() throws Exception {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + 1) + ","
                + (lat + 1) + "],[" + (lon + 1) + "," + lat + "],[" + lon + "," + (lat + 1) + "],[" + lon + "," + lat
                + "]]]}";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("Tệp không phải JSON hợp lệ", "{ không phải JSON".getBytes(StandardCharsets.UTF_8));
        cases.put("Tệp không phải JSON hợp lệ (có thể là tệp ảnh", png);
        cases.put(
                "Tệp phải là GeoJSON kiểu Polygon",
                ("{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}").getBytes(StandardCharsets.UTF_8));
        cases.put(
                "Tọa độ nằm ngoài phạm vi WGS84",
                square(0.5)
                        .replace("[" + lon + "," + lat + "]", "[" + lon + ",95]")
                        .getBytes(StandardCharsets.UTF_8));
        cases.put("Ranh giới không hợp lệ (tự cắt", bowTie.getBytes(StandardCharsets.UTF_8));
        cases.put("Tệp lớn hơn 5 MB", (" ".repeat(5 * 1024 * 1024) + square(0.5)).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Document form = page(mvc, upload(c.getValue(), null));
            assertThat(form.selectFirst("#file").attr("aria-invalid")).isEqualTo("true");
            assertThat(form.select("#file-error").text()).startsWith(c.getKey());
            assertThat(form.select("#form-errors")).hasSize(1);
        }
        assertThat(page(mvc, asAdmin(multipart(path()).with(csrf())))
                        .select("#file-error")
                        .text())
                .isEqualTo("Hãy chọn tệp GeoJSON chứa ranh giới.");
        assertThat(stored()).isZero();
        assertThat(audited(jdbc, "unit.boundary.uploaded", province.id(), admin))
                .isEmpty();
    }

    @Test
    void onlyUnitManagersSeeOrChangeBoundaries() throws Exception {
        TestActor agencyAdmin = admin;
        MockHttpServletRequestBuilder withoutUnitManage =
                get(path()).with(TestActors.as(agencyAdmin, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE));
        mvc.perform(withoutUnitManage).andExpect(status().isForbidden());
        mvc.perform(multipart(path())
                        .file(new MockMultipartFile("file", square(0.5).getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestActors.as(agencyAdmin, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> OrgTesting.as(
                        agencyAdmin,
                        new Privilege[] {Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE},
                        () -> boundaries.upload(
                                province.id(),
                                null,
                                new ByteArrayResource(square(0.5).getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isZero();
        assertThat(page(mvc, asAdmin(get("/admin/org/units"))).select("a[href=" + path() + "]"))
                .hasSize(1);
    }

    @Test
    void theApiAnswersTheUnitAtAPointWithItsAncestors() throws Exception {
        mvc.perform(get("/api/org/units/at")
                        .param("lat", "21.0285")
                        .param("lon", "105.8542")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(TestActors.as(CLIENT, Privilege.ORG_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("00070"))
                .andExpect(jsonPath("$.unit.name").value("Phường Hoàn Kiếm"))
                .andExpect(jsonPath("$.unit.levelCode").value("COMMUNE"))
                .andExpect(jsonPath("$.ancestors[*].code").value(contains("01")))
                .andExpect(jsonPath("$.latitude").value(21.0285))
                .andExpect(jsonPath("$.unit.id").doesNotExist());
        mvc.perform(get("/api/org/units/at")
                        .param("lat", "20.868")
                        .param("lon", "106.668")
                        .with(TestActors.as(admin, Privilege.WORKSPACE_ACCESS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Phường Hồng Bàng"));
    }

    @Test
    void theApiRefusesBadCoordinatesAndCallersWithoutTheRight() throws Exception {
        MockHttpServletRequestBuilder request =
                get("/api/org/units/at").param("lat", "abc").param("lon", "200");
        mvc.perform(request.with(TestActors.as(CLIENT, Privilege.ORG_READ)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("lat", "lon")))
                .andExpect(jsonPath("$.errors[0].message").value("Tọa độ phải là số thập phân, ví dụ 21.0285."))
                .andExpect(jsonPath("$.errors[1].message").value("Kinh độ phải từ -180 đến 180."));
        mvc.perform(get("/api/org/units/at").param("lon", "105").with(TestActors.as(CLIENT, Privilege.ORG_READ)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lat")));
        mvc.perform(get("/api/org/units/at")
                        .param("lat", "16.5")
                        .param("lon", "112")
                        .with(TestActors.as(CLIENT, Privilege.ORG_READ)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get("/api/org/units/at")
                        .param("lat", "21.0285")
                        .param("lon", "105.8542")
                        .with(TestActors.as(CLIENT, Privilege.METRICS_READ, Privilege.DOCUMENT_READ)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access_denied"));
        mvc.perform(get("/api/org/units/at").param("lat", "21.0285").param("lon", "105.8542"))
                .andExpect(status().isUnauthorized());
    }
}
