package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.org.OrgTesting.audited;
import static vn.civic.org.OrgTesting.form;
import static vn.civic.org.OrgTesting.page;
import static vn.civic.org.OrgTesting.unitCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * Administrative units on the admin pages: placed under a higher level, unique, audited, versioned, and never
 * deleted: a dissolved unit stays, shown as former with its last day and successor. New units here are communes under
 * Hà Nội (other tests expect only communes to be current there) or test provinces at the top.
 */
@CivicTest
class UnitAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    UnitEditor units;

    long city;
    long hoanKiemWard;
    long province;
    long commune;
    TestActor admin;

    @BeforeEach
    void demoCity() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        city = hanoi.administrativeUnitId();
        hoanKiemWard =
                directory.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
        admin = TestActors.staff(hanoi.id(), hanoi.code());
        province = level("PROVINCE");
        commune = level("COMMUNE");
    }

    long level(String code) {
        return units.levels().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.UNIT_MANAGE));
    }

    static Map<String, String> fields(String code, String name, long levelId, Long parentId) {
        Map<String, String> fields =
                new HashMap<>(Map.of("code", code, "name", name, "levelId", Long.toString(levelId)));
        if (parentId != null) {
            fields.put("parentId", parentId.toString());
        }
        return fields;
    }

    UnitDetails create(String name, long levelId, Long parentId, LocalDate validFrom) {
        return units.create(new UnitCommand(unitCode(), name, levelId, parentId, validFrom));
    }

    long countCoded(String code) {
        return jdbc.queryForObject("select count(*) from admin_unit where code = ?", Long.class, code);
    }

    Map<String, Object> stored(long id) {
        return jdbc.queryForMap("select name, valid_to, successor_id, version from admin_unit where id = ?", id);
    }

    @Test
    void administratorAddsAWardUnderTheCityAndTheChangeIsAudited() throws Exception {
        String code = unitCode();
        Map<String, String> fields = fields(code, "Phường Thử nghiệm " + code, commune, city);
        fields.put("validFrom", "2025-07-01");

        mvc.perform(asAdmin(form("/admin/org/units", fields)))
                .andExpect(redirectedUrl("/admin/org/units?parent=" + city))
                .andExpect(flash().attribute("notice", "org.unit.notice.created"));

        long id = jdbc.queryForObject("select id from admin_unit where code = ?", Long.class, code);
        assertThat(directory.findUnit(id).orElseThrow())
                .extracting(
                        AdministrativeUnitView::name,
                        AdministrativeUnitView::levelCode,
                        AdministrativeUnitView::parentId,
                        AdministrativeUnitView::validFrom)
                .containsExactly("Phường Thử nghiệm " + code, "COMMUNE", city, LocalDate.of(2025, 7, 1));
        assertThat(audited(jdbc, "unit.created", id, admin))
                .singleElement()
                .asString()
                .contains(code, "COMMUNE", "parent=" + city);
        assertThat(page(mvc, asAdmin(get("/admin/org/units").param("parent", Long.toString(city))))
                        .select("#current-units tr[data-code=" + code + "]")
                        .text())
                .contains("Phường Thử nghiệm " + code, "Xã, phường, đặc khu", "01/07/2025");
    }

    @Test
    void aUnitSitsOnlyUnderAUnitOfAHigherLevel() throws Exception {
        String underWard = unitCode();
        Document form =
                page(mvc, asAdmin(form("/admin/org/units", fields(underWard, "Phường lồng", commune, hoanKiemWard))));
        assertThat(form.selectFirst("#parentId").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#parentId-error").text())
                .isEqualTo("Đơn vị cấp trên phải ở cấp cao hơn cấp của đơn vị.");

        String provinceUnderCity = unitCode();
        assertThat(page(mvc, asAdmin(form("/admin/org/units", fields(provinceUnderCity, "Tỉnh lồng", province, city))))
                        .select("#parentId-error")
                        .text())
                .isEqualTo("Đơn vị cấp trên phải ở cấp cao hơn cấp của đơn vị.");

        String orphan = unitCode();
        assertThat(page(mvc, asAdmin(form("/admin/org/units", fields(orphan, "Xã mồ côi", commune, null))))
                        .select("#parentId-error")
                        .text())
                .isEqualTo("Đơn vị không ở cấp cao nhất phải có đơn vị cấp trên.");

        assertThat(countCoded(underWard) + countCoded(provinceUnderCity) + countCoded(orphan))
                .isZero();
    }

    @Test
    void aCodeIsUniqueAndOfDigitsAndCapitals() throws Exception {
        Document taken =
                page(mvc, asAdmin(form("/admin/org/units", fields("00070", "Phường trùng mã", commune, city))));
        assertThat(taken.select("#code-error").text()).isEqualTo("Mã này đã được dùng.");

        Document malformed =
                page(mvc, asAdmin(form("/admin/org/units", fields("ab-1", "Phường sai mã", commune, city))));
        assertThat(malformed.select("#code-error").text())
                .isEqualTo("Mã đơn vị chỉ gồm chữ số và chữ in hoa không dấu, ví dụ 00070.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from admin_unit where name in ('Phường trùng mã', 'Phường sai mã')",
                        Long.class))
                .isZero();
    }

    @Test
    void aDissolvedUnitIsKeptAndShownAsFormerWithItsLastDayAndSuccessor() throws Exception {
        UnitDetails merged = create("Phường Sáp nhập " + unitCode(), commune, city, LocalDate.of(2020, 1, 1));
        UnitDetails successor = create("Phường Kế thừa " + unitCode(), commune, city, null);
        String path = "/admin/org/units/" + merged.id() + "/dissolution";

        Document form = page(mvc, asAdmin(get(path)));
        assertThat(form.select("#successorId option").eachText())
                .contains(successor.unit().name())
                .doesNotContain(merged.unit().name());
        mvc.perform(asAdmin(form(
                        path,
                        Map.of(
                                "lastDay", "2025-06-30",
                                "successorId", Long.toString(successor.id()),
                                "version", form.select("input[name=version]").val()))))
                .andExpect(redirectedUrl("/admin/org/units?parent=" + city))
                .andExpect(flash().attribute("notice", "org.unit.notice.dissolved"));

        assertThat(stored(merged.id()))
                .containsEntry("name", merged.unit().name())
                .containsEntry("valid_to", java.sql.Date.valueOf("2025-06-30"))
                .containsEntry("successor_id", successor.id());
        assertThat(directory.currentUnitsUnder(city))
                .extracting(AdministrativeUnitView::id)
                .doesNotContain(merged.id());
        assertThat(directory.findUnit(merged.id())).isPresent();
        assertThat(audited(jdbc, "unit.dissolved", merged.id(), admin))
                .singleElement()
                .asString()
                .contains("validTo=2025-06-30", "successor=" + successor.id());

        Document browse = page(mvc, asAdmin(get("/admin/org/units").param("parent", Long.toString(city))));
        String code = merged.unit().code();
        assertThat(browse.select("#current-units tr[data-code=" + code + "]")).isEmpty();
        assertThat(browse.select("#former-units tr[data-code=" + code + "]").text())
                .contains(
                        merged.unit().name(),
                        "Đơn vị cũ",
                        "30/06/2025",
                        successor.unit().name());
    }

    @Test
    void aUnitWithCurrentUnitsUnderItIsNotDissolved() throws Exception {
        UnitDetails top = create("Tỉnh Thử nghiệm " + unitCode(), province, null, null);
        create("Xã Thuộc tỉnh thử nghiệm " + unitCode(), commune, top.id(), null);

        Document form = page(
                mvc,
                asAdmin(form(
                        "/admin/org/units/" + top.id() + "/dissolution",
                        Map.of("lastDay", "2025-06-30", "version", Long.toString(top.version())))));

        assertThat(form.select("#form-errors").text())
                .contains("Đơn vị còn đơn vị trực thuộc hiện hành: hãy giải thể hoặc chuyển các đơn vị đó sang đơn vị"
                        + " khác trước.");
        assertThat(stored(top.id())).containsEntry("valid_to", null);
    }

    @Test
    void aDissolutionNeedsALastDayThatHasComeAndAnotherUnitAsSuccessor() throws Exception {
        UnitDetails unit = create("Phường Chưa giải thể " + unitCode(), commune, city, null);
        String tomorrow =
                LocalDate.now(vn.civic.platform.time.CivicTime.ZONE).plusDays(1).toString();

        Document form = page(
                mvc,
                asAdmin(form(
                        "/admin/org/units/" + unit.id() + "/dissolution",
                        Map.of(
                                "lastDay", tomorrow,
                                "successorId", Long.toString(unit.id()),
                                "version", Long.toString(unit.version())))));

        assertThat(form.select("#lastDay-error").text())
                .isEqualTo(
                        "Chỉ ghi nhận giải thể, sáp nhập khi đã có hiệu lực: ngày cuối cùng không được sau hôm nay.");
        assertThat(form.select("#successorId-error").text()).isEqualTo("Đơn vị không thể tự kế thừa chính nó.");
        assertThat(form.select("[aria-invalid=true]")).hasSize(2);
        assertThat(stored(unit.id())).containsEntry("valid_to", null);
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        UnitDetails unit = create("Phường Bản đầu " + unitCode(), commune, city, null);
        UnitDetails changed = units.update(
                unit.id(),
                unit.version(),
                new UnitCommand(unit.unit().code(), "Phường Bản của người khác", commune, city, null));

        Map<String, String> stale = fields(unit.unit().code(), "Phường Bản cũ ghi đè", commune, city);
        stale.put("version", Long.toString(unit.version()));
        String body = mvc.perform(asAdmin(form("/admin/org/units/" + unit.id(), stale)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stored(unit.id()))
                .containsEntry("name", "Phường Bản của người khác")
                .containsEntry("version", changed.version());
    }

    @Test
    void browsingShowsThePathFromTheTopAndKeepsFormerUnitsApart() throws Exception {
        Document ward = page(mvc, asAdmin(get("/admin/org/units").param("parent", Long.toString(hoanKiemWard))));
        assertThat(ward.select(".breadcrumb li").eachText())
                .containsExactly("Quản trị hệ thống", "Đơn vị hành chính", "Thành phố Hà Nội", "Phường Hoàn Kiếm");
        assertThat(ward.select(".breadcrumb li").last().attr("aria-current")).isEqualTo("page");

        Document top = page(mvc, asAdmin(get("/admin/org/units")));
        assertThat(top.select("#current-units").text()).contains("Thành phố Hà Nội", "Thành phố Hải Phòng");
        assertThat(top.select("#current-units").text()).doesNotContain("Tỉnh Hải Dương");
        assertThat(top.select("#former-units tr[data-code=30]").text())
                .contains("Tỉnh Hải Dương", "30/06/2025", "Thành phố Hải Phòng");

        Document cityPage = page(mvc, asAdmin(get("/admin/org/units").param("parent", Long.toString(city))));
        assertThat(cityPage.select("#current-units").text()).contains("Phường Hoàn Kiếm");
        assertThat(cityPage.select("#former-units").text()).contains("Quận Hoàn Kiếm", "30/06/2025");
    }

    @Test
    void staffWithoutTheUnitPrivilegeAreRefusedAndNothingIsStored() throws Exception {
        var agencyManager = TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE);
        String code = unitCode();

        mvc.perform(get("/admin/org/units").with(agencyManager)).andExpect(status().isForbidden());
        mvc.perform(form("/admin/org/units", fields(code, "Phường Không được phép", commune, city))
                        .with(agencyManager))
                .andExpect(status().isForbidden());
        assertThat(countCoded(code)).isZero();
    }
}
