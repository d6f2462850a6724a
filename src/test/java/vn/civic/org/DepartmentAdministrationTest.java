package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.org.OrgTesting.audited;
import static vn.civic.org.OrgTesting.form;
import static vn.civic.org.OrgTesting.organisationCode;
import static vn.civic.org.OrgTesting.page;

import java.util.List;
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

/** Departments on the admin pages: unique within their agency, audited, versioned, limited to the scope. */
@CivicTest
class DepartmentAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    AgencyEditor agencies;

    @Autowired
    DepartmentEditor departments;

    AgencyView justice;
    TestActor cityAdmin;
    TestActor wardAdmin;
    AgencyDetails agency;

    @BeforeEach
    void agencyOfTheCity() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        justice = directory.findAgencyByCode(DemoAgencies.HANOI_JUSTICE).orElseThrow();
        cityAdmin = TestActors.staff(hanoi.id(), hanoi.code());
        AgencyView hoanKiem = directory.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        wardAdmin = TestActors.staff(hoanKiem.id(), hoanKiem.code());
        agency = OrgTesting.as(
                cityAdmin,
                () -> agencies.create(new AgencyCommand(
                        organisationCode(),
                        "Trung tâm thử nghiệm " + OrgTesting.random(6),
                        null,
                        null,
                        AgencyKind.OTHER,
                        justice.id(),
                        null,
                        null,
                        null,
                        null)));
    }

    MockHttpServletRequestBuilder as(TestActor actor, MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(actor, Privilege.ADMIN_ACCESS, Privilege.DEPARTMENT_MANAGE));
    }

    MockHttpServletRequestBuilder asCityAdmin(MockHttpServletRequestBuilder request) {
        return as(cityAdmin, request);
    }

    String listPath() {
        return "/admin/org/agencies/" + agency.id() + "/departments";
    }

    DepartmentDetails create(String code, String name) {
        return OrgTesting.as(cityAdmin, () -> departments.create(agency.id(), new DepartmentCommand(code, name)));
    }

    Map<String, Object> stored(long id) {
        return jdbc.queryForMap("select code, name, active, version from department where id = ?", id);
    }

    @Test
    void administratorAddsADepartmentToAnAgencyInScopeAndTheChangeIsAudited() throws Exception {
        mvc.perform(asCityAdmin(form(listPath(), Map.of("code", "KHTC", "name", "Phòng Kế hoạch - Tài chính"))))
                .andExpect(redirectedUrl(listPath()))
                .andExpect(flash().attribute("notice", "org.department.notice.created"));

        DepartmentView created = directory.departmentsOf(agency.id()).stream()
                .filter(d -> d.code().equals("KHTC"))
                .findFirst()
                .orElseThrow();
        assertThat(created.name()).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(audited(jdbc, "department.created", created.id(), cityAdmin))
                .singleElement()
                .asString()
                .contains("KHTC", "Phòng Kế hoạch - Tài chính", "agency=" + agency.id());
        assertThat(page(mvc, asCityAdmin(get(listPath())))
                        .select("#departments tr[data-code=KHTC]")
                        .text())
                .contains("Phòng Kế hoạch - Tài chính", "Đang hoạt động");
    }

    @Test
    void aDepartmentCodeIsUniqueWithinItsAgencyOnly() throws Exception {
        mvc.perform(asCityAdmin(form(listPath(), Map.of("code", "VP", "name", "Văn phòng"))))
                .andExpect(status().isFound());

        Document again = page(mvc, asCityAdmin(form(listPath(), Map.of("code", "VP", "name", "Văn phòng thứ hai"))));
        assertThat(again.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#code-error").text()).isEqualTo("Mã này đã được dùng.");

        Document malformed = page(mvc, asCityAdmin(form(listPath(), Map.of("code", "vp 2", "name", ""))));
        assertThat(malformed.select("#code-error").text())
                .isEqualTo("Mã phòng ban chỉ gồm chữ in hoa không dấu, chữ số, dấu chấm, dấu gạch ngang và dấu gạch"
                        + " dưới.");
        assertThat(malformed.select("#name-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(departments(agency.id())).containsExactly("VP:Văn phòng");
    }

    List<String> departments(long agencyId) {
        return jdbc.queryForList(
                "select code || ':' || name from department where agency_id = ? order by code", String.class, agencyId);
    }

    @Test
    void departmentsOfAnAgencyOutsideTheScopeAreNotFound() throws Exception {
        DepartmentView office = directory.departmentsOf(justice.id()).stream()
                .filter(d -> d.code().equals("VP"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> before = stored(office.id());
        String justiceList = "/admin/org/agencies/" + justice.id() + "/departments";

        mvc.perform(as(wardAdmin, get(justiceList))).andExpect(status().isNotFound());
        mvc.perform(as(wardAdmin, get(justiceList + "/new"))).andExpect(status().isNotFound());
        mvc.perform(as(wardAdmin, form(justiceList, Map.of("code", "CHIEM", "name", "Phòng chiếm quyền"))))
                .andExpect(status().isNotFound());
        String officePath = "/admin/org/departments/" + office.id();
        mvc.perform(as(wardAdmin, get(officePath + "/edit"))).andExpect(status().isNotFound());
        mvc.perform(as(
                        wardAdmin,
                        form(
                                officePath,
                                Map.of(
                                        "code", "VP",
                                        "name", "Văn phòng bị đổi tên",
                                        "version", before.get("version").toString()))))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        wardAdmin,
                        form(
                                officePath + "/deactivation",
                                Map.of("version", before.get("version").toString()))))
                .andExpect(status().isNotFound());

        assertThat(stored(office.id())).isEqualTo(before);
        assertThat(departments(justice.id())).noneMatch(d -> d.startsWith("CHIEM"));
        assertThat(page(mvc, as(wardAdmin, get("/admin/org/departments")))
                        .select("#agencies tbody th")
                        .eachText())
                .containsExactly("Ủy ban nhân dân Phường Hoàn Kiếm");
    }

    @Test
    void aDeactivatedDepartmentLeavesThePickersUntilItIsReactivated() throws Exception {
        DepartmentDetails department = create("TH", "Phòng Tổng hợp");

        mvc.perform(asCityAdmin(form(
                        "/admin/org/departments/" + department.id() + "/deactivation",
                        Map.of("version", Long.toString(department.version())))))
                .andExpect(redirectedUrl(listPath()))
                .andExpect(flash().attribute("notice", "org.department.notice.deactivated"));

        assertThat(directory.departmentsOf(agency.id()))
                .extracting(DepartmentView::code)
                .doesNotContain("TH");
        assertThat(page(mvc, asCityAdmin(get(listPath())))
                        .select("#departments tr[data-code=TH]")
                        .text())
                .contains("Ngừng hoạt động", "Cho hoạt động trở lại");
        assertThat(audited(jdbc, "department.deactivated", department.id(), cityAdmin))
                .singleElement()
                .asString()
                .contains("inactive");

        mvc.perform(asCityAdmin(form(
                        "/admin/org/departments/" + department.id() + "/reactivation",
                        Map.of("version", stored(department.id()).get("version").toString()))))
                .andExpect(flash().attribute("notice", "org.department.notice.reactivated"));
        assertThat(directory.departmentsOf(agency.id()))
                .extracting(DepartmentView::code)
                .contains("TH");
        assertThat(audited(jdbc, "department.reactivated", department.id(), cityAdmin))
                .hasSize(1);
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        DepartmentDetails department = create("PC", "Phòng Pháp chế");
        DepartmentDetails changed = OrgTesting.as(
                cityAdmin,
                () -> departments.update(
                        department.id(), department.version(), new DepartmentCommand("PC", "Phòng Pháp chế mới")));

        String body = mvc.perform(asCityAdmin(form(
                        "/admin/org/departments/" + department.id(),
                        Map.of(
                                "code", "PC",
                                "name", "Phòng Pháp chế cũ",
                                "version", Long.toString(department.version())))))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stored(department.id()))
                .containsEntry("name", "Phòng Pháp chế mới")
                .containsEntry("version", changed.version());
    }

    @Test
    void staffWithoutTheDepartmentPrivilegeAreRefusedAndNothingIsStored() throws Exception {
        var agencyManager = TestActors.as(cityAdmin, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE);

        mvc.perform(get(listPath()).with(agencyManager)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/departments").with(agencyManager)).andExpect(status().isForbidden());
        mvc.perform(form(listPath(), Map.of("code", "KP", "name", "Phòng không phép"))
                        .with(agencyManager))
                .andExpect(status().isForbidden());
        assertThat(departments(agency.id())).isEmpty();
        assertThat(page(mvc, get("/admin/org/agencies/" + agency.id()).with(agencyManager))
                        .select("a[href=" + listPath() + "]"))
                .isEmpty();
    }
}
