package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.org.OrgTesting.audited;
import static vn.civic.org.OrgTesting.form;
import static vn.civic.org.OrgTesting.page;

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
 * Positions on the admin pages: city-wide, unique codes, audited, versioned. Test positions sit between Chủ tịch (10)
 * and Văn thư (100), which other tests expect first and last.
 */
@CivicTest
class PositionAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    PositionEditor positions;

    TestActor admin;

    @BeforeEach
    void cityAdministrator() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        admin = TestActors.staff(hanoi.id(), hanoi.code());
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.UNIT_MANAGE));
    }

    static String positionCode() {
        return "TEST_" + OrgTesting.random(8);
    }

    static Map<String, String> fields(String code, String nameVi, String sortOrder) {
        return new HashMap<>(Map.of(
                "code", code, "nameVi", nameVi, "nameEn", "Test position", "sortOrder", sortOrder, "leader", "true"));
    }

    Map<String, Object> stored(String code) {
        return jdbc.queryForMap(
                "select id, name_vi, sort_order, leader, active, version from job_position where code = ?", code);
    }

    long countCoded(String code) {
        return jdbc.queryForObject("select count(*) from job_position where code = ?", Long.class, code);
    }

    @Test
    void administratorAddsAPositionThatPickersOfferInItsPlace() throws Exception {
        String code = positionCode();
        mvc.perform(asAdmin(form("/admin/org/positions", fields(code, "Phó Chánh Văn phòng", "55"))))
                .andExpect(redirectedUrl("/admin/org/positions"))
                .andExpect(flash().attribute("notice", "org.position.notice.created"));

        Map<String, Object> stored = stored(code);
        assertThat(stored)
                .containsEntry("name_vi", "Phó Chánh Văn phòng")
                .containsEntry("sort_order", 55)
                .containsEntry("leader", true);
        assertThat(directory.positions())
                .extracting(PositionView::code)
                .containsSubsequence("CHIEF_OF_OFFICE", code, "HEAD_OF_DIVISION");
        assertThat(audited(jdbc, "position.created", stored.get("id"), admin))
                .singleElement()
                .asString()
                .contains(code, "Phó Chánh Văn phòng", "order=55", "leader=true");
        assertThat(page(mvc, asAdmin(get("/admin/org/positions")))
                        .select("#positions tr[data-code=" + code + "]")
                        .text())
                .contains("55", "Phó Chánh Văn phòng", "Test position", "Có", "Đang hoạt động");
    }

    @Test
    void everyBadFieldIsMarkedInVietnameseAndNothingIsStored() throws Exception {
        Map<String, String> bad = fields("truong phong", "Trưởng ban", "abc");
        bad.put("nameEn", " ");
        Document form = page(mvc, asAdmin(form("/admin/org/positions", bad)));

        assertThat(form.select("#code-error").text())
                .isEqualTo("Mã chức vụ bắt đầu bằng chữ in hoa và chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch"
                        + " dưới.");
        assertThat(form.select("#nameEn-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#sortOrder-error").text()).isEqualTo("Giá trị không đúng định dạng.");
        assertThat(form.select("#sortOrder").val()).isEqualTo("abc");
        assertThat(form.select("[aria-invalid=true]")).hasSize(3);

        String code = positionCode();
        assertThat(page(mvc, asAdmin(form("/admin/org/positions", fields(code, "Trưởng ban", "10000"))))
                        .select("#sortOrder-error")
                        .text())
                .isEqualTo("Thứ tự phải từ 0 đến 9999.");
        assertThat(countCoded("truong phong") + countCoded(code)).isZero();
    }

    @Test
    void aCodeAlreadyInUseIsRefusedOnTheField() throws Exception {
        Document form =
                page(mvc, asAdmin(form("/admin/org/positions", fields("CHAIRPERSON", "Chủ tịch thứ hai", "50"))));

        assertThat(form.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#code-error").text()).isEqualTo("Mã này đã được dùng.");
        assertThat(stored("CHAIRPERSON")).containsEntry("name_vi", "Chủ tịch");
    }

    @Test
    void aDeactivatedPositionLeavesThePickersUntilItIsReactivated() throws Exception {
        PositionDetails position =
                positions.create(new PositionCommand(positionCode(), "Tổ trưởng", "Team leader", 75, false));

        mvc.perform(asAdmin(form(
                        "/admin/org/positions/" + position.id() + "/deactivation",
                        Map.of("version", Long.toString(position.version())))))
                .andExpect(flash().attribute("notice", "org.position.notice.deactivated"));
        assertThat(directory.positions()).extracting(PositionView::id).doesNotContain(position.id());
        assertThat(page(mvc, asAdmin(get("/admin/org/positions")))
                        .select("#positions tr[data-code=" + position.position().code() + "]")
                        .text())
                .contains("Ngừng hoạt động");
        assertThat(audited(jdbc, "position.deactivated", position.id(), admin)).hasSize(1);

        mvc.perform(asAdmin(form(
                        "/admin/org/positions/" + position.id() + "/reactivation",
                        Map.of(
                                "version",
                                stored(position.position().code())
                                        .get("version")
                                        .toString()))))
                .andExpect(flash().attribute("notice", "org.position.notice.reactivated"));
        assertThat(directory.positions()).extracting(PositionView::id).contains(position.id());
        assertThat(audited(jdbc, "position.reactivated", position.id(), admin)).hasSize(1);
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        String code = positionCode();
        PositionDetails position = positions.create(new PositionCommand(code, "Bản đầu", "First", 65, false));
        PositionDetails changed = positions.update(
                position.id(), position.version(), new PositionCommand(code, "Bản của người khác", "Other", 65, false));

        Map<String, String> stale = fields(code, "Bản cũ ghi đè", "65");
        stale.put("version", Long.toString(position.version()));
        String body = mvc.perform(asAdmin(form("/admin/org/positions/" + position.id(), stale)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stored(code))
                .containsEntry("name_vi", "Bản của người khác")
                .containsEntry("version", changed.version());
    }

    @Test
    void positionsAreManagedWithTheCityWidePrivilegeOnly() throws Exception {
        var departmentManager =
                TestActors.as(admin, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE, Privilege.DEPARTMENT_MANAGE);
        String code = positionCode();

        mvc.perform(get("/admin/org/positions").with(departmentManager)).andExpect(status().isForbidden());
        mvc.perform(form("/admin/org/positions", fields(code, "Chức vụ không phép", "50"))
                        .with(departmentManager))
                .andExpect(status().isForbidden());
        assertThat(countCoded(code)).isZero();
    }
}
