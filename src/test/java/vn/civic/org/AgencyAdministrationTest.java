package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.org.OrgTesting.audited;
import static vn.civic.org.OrgTesting.form;
import static vn.civic.org.OrgTesting.organisationCode;
import static vn.civic.org.OrgTesting.page;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/** Agencies on the admin pages: validated, unique, audited, versioned, and limited to the administrator's scope. */
@CivicTest
class AgencyAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrgDirectory directory;

    @Autowired
    AgencyEditor agencies;

    AgencyView hanoi;
    AgencyView justice;
    TestActor cityAdmin;
    TestActor wardAdmin;

    @BeforeEach
    void demoCity() {
        hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        justice = directory.findAgencyByCode(DemoAgencies.HANOI_JUSTICE).orElseThrow();
        cityAdmin = TestActors.staff(hanoi.id(), hanoi.code());
        AgencyView hoanKiem = directory.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        wardAdmin = TestActors.staff(hoanKiem.id(), hoanKiem.code());
    }

    MockHttpServletRequestBuilder as(TestActor actor, MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(actor, Privilege.ADMIN_ACCESS, Privilege.AGENCY_MANAGE));
    }

    MockHttpServletRequestBuilder asCityAdmin(MockHttpServletRequestBuilder request) {
        return as(cityAdmin, request);
    }

    Map<String, String> fields(String code, String name, long parentId) {
        return new HashMap<>(Map.of("code", code, "name", name, "kind", "OTHER", "parentId", Long.toString(parentId)));
    }

    AgencyDetails create(String name, long parentId) {
        return OrgTesting.as(
                cityAdmin,
                () -> agencies.create(new AgencyCommand(
                        organisationCode(), name, null, null, AgencyKind.OTHER, parentId, null, null, null, null)));
    }

    long countNamed(String name) {
        return jdbc.queryForObject("select count(*) from agency where name = ?", Long.class, name);
    }

    Map<String, Object> stored(long id) {
        return jdbc.queryForMap("select name, parent_id, active, version from agency where id = ?", id);
    }

    @Test
    void administratorAddsAnAgencyUnderTheirOwnAndFindsItOnItsPage() throws Exception {
        String code = organisationCode();
        String name = "Ban Quản lý dự án thử nghiệm " + code;
        Map<String, String> fields = fields(code, name, hanoi.id());
        fields.putAll(Map.of(
                "nameEn", "Test project board",
                "abbreviation", "BQLDA",
                "administrativeUnitId", hanoi.administrativeUnitId().toString(),
                "address", "79 Đinh Tiên Hoàng, Phường Hoàn Kiếm",
                "email", "bqlda@hanoi.gov.vn",
                "phone", "024 3825 3536"));

        var result = mvc.perform(asCityAdmin(form("/admin/org/agencies", fields)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "org.agency.notice.created"))
                .andReturn();

        AgencyView created = directory.findAgencyByCode(code).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/org/agencies/" + created.id());
        assertThat(created)
                .extracting(
                        AgencyView::name,
                        AgencyView::kind,
                        AgencyView::parentId,
                        AgencyView::abbreviation,
                        AgencyView::active)
                .containsExactly(name, AgencyKind.OTHER, hanoi.id(), "BQLDA", true);
        assertThat(audited(jdbc, "agency.created", created.id(), cityAdmin))
                .singleElement()
                .asString()
                .contains(code, name, "parent=" + hanoi.id(), "email=bqlda@hanoi.gov.vn");

        Document page = page(mvc, asCityAdmin(get("/admin/org/agencies/" + created.id())));
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("#agency-details").text())
                .contains(
                        code,
                        "Test project board",
                        "Cơ quan khác",
                        "Ủy ban nhân dân Thành phố Hà Nội",
                        "Thành phố Hà Nội",
                        "bqlda@hanoi.gov.vn",
                        "024 3825 3536");
        assertThat(page(mvc, asCityAdmin(get("/admin/org/agencies/" + hanoi.id())))
                        .select("#child-agencies")
                        .text())
                .contains(name);
    }

    @Test
    void aBadOrganisationCodeIsMarkedOnTheFieldInVietnameseAndNothingIsStored() throws Exception {
        String name = "Cơ quan mã sai " + OrgTesting.random(6);
        Document form = page(mvc, asCityAdmin(form("/admin/org/agencies", fields("000.00.00.h26", name, hanoi.id()))));

        Element code = form.selectFirst("#code");
        assertThat(code.attr("aria-invalid")).isEqualTo("true");
        assertThat(code.attr("aria-describedby")).isEqualTo("code-hint code-error");
        assertThat(code.val()).isEqualTo("000.00.00.h26");
        assertThat(form.select("#code-error").text())
                .isEqualTo("Mã định danh phải có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2 bằng chữ in hoa và chữ số,"
                        + " ví dụ 000.00.00.H26, tối đa 35 ký tự.");
        assertThat(form.select("[role=alert]").text()).contains("Dữ liệu chưa hợp lệ");
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void everyBadFieldIsMarkedAtOnce() throws Exception {
        Document form = page(
                mvc,
                asCityAdmin(form(
                        "/admin/org/agencies",
                        Map.of(
                                "code", "",
                                "name", "  ",
                                "kind", "",
                                "parentId", "",
                                "abbreviation", "ub nd",
                                "email", "stp@hanoi",
                                "phone", "12"))));

        assertThat(form.select("#code-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#name-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#kind-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#parentId-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#abbreviation-error").text())
                .isEqualTo("Tên viết tắt chỉ gồm chữ in hoa và chữ số, ví dụ UBND, STP.");
        assertThat(form.select("#email-error").text())
                .isEqualTo("Địa chỉ thư điện tử không hợp lệ, ví dụ stp@hanoi.gov.vn.");
        assertThat(form.select("#phone-error").text()).startsWith("Số điện thoại gồm 8 đến 15 chữ số");
        assertThat(form.select("[aria-invalid=true]")).hasSize(7);
    }

    @Test
    void aCodeAlreadyInUseIsRefusedOnTheFieldAndTheOtherAgencyKept() throws Exception {
        String name = "Bản sao Sở Tư pháp " + OrgTesting.random(6);
        Document form = page(
                mvc, asCityAdmin(form("/admin/org/agencies", fields(DemoAgencies.HANOI_JUSTICE, name, hanoi.id()))));

        assertThat(form.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#code-error").text()).isEqualTo("Mã này đã được dùng.");
        assertThat(countNamed(name)).isZero();
        assertThat(directory.findAgencyByCode(DemoAgencies.HANOI_JUSTICE).orElseThrow())
                .isEqualTo(justice);
    }

    @Test
    void aDuplicateCodeThatSlipsPastTheCheckIsStillReportedOnTheField() throws Exception {
        String code = organisationCode();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("insert into agency (code, name, kind, parent_id,"
                    + " active, version) values (?, 'Cơ quan lưu cùng lúc', 'OTHER', ?, true, 0)")) {
                insert.setString(1, code);
                insert.setLong(2, hanoi.id());
                insert.executeUpdate();
            }
            // The other transaction holds the code, uncommitted: the editor's check cannot see it, its insert waits.
            CompletableFuture<Throwable> attempt = CompletableFuture.supplyAsync(() -> {
                try {
                    OrgTesting.as(
                            cityAdmin,
                            () -> agencies.create(new AgencyCommand(
                                    code,
                                    "Cơ quan lưu sau",
                                    null,
                                    null,
                                    AgencyKind.OTHER,
                                    hanoi.id(),
                                    null,
                                    null,
                                    null,
                                    null)));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            awaitALockWait();
            other.commit();

            assertThat(attempt.get(20, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(FieldViolation::field, FieldViolation::code)
                                    .containsExactly(tuple("code", "code_taken")));
        }
        assertThat(jdbc.queryForList("select name from agency where code = ?", String.class, code))
                .containsExactly("Cơ quan lưu cùng lúc");
    }

    /** Until a session of this test database waits for a row lock: the editor's insert behind the other one. */
    void awaitALockWait() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock'",
                        Long.class)
                == 0) {
            assertThat(Instant.now())
                    .as("the editor's insert waits for the other transaction")
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void anAgencyOutsideTheAdministratorsScopeAnswersNotFound() throws Exception {
        Map<String, Object> before = stored(justice.id());
        String base = "/admin/org/agencies/" + justice.id();

        String body = mvc.perform(as(wardAdmin, get(base)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Không tìm thấy").doesNotContain(justice.name());
        mvc.perform(as(wardAdmin, get(base + "/edit"))).andExpect(status().isNotFound());
        Map<String, String> takeOver = fields(justice.code(), "Sở bị đổi tên", hanoi.id());
        takeOver.put("version", before.get("version").toString());
        mvc.perform(as(wardAdmin, form(base, takeOver))).andExpect(status().isNotFound());
        mvc.perform(as(
                        wardAdmin,
                        form(
                                base + "/deactivation",
                                Map.of("version", before.get("version").toString()))))
                .andExpect(status().isNotFound());
        mvc.perform(as(wardAdmin, get("/admin/org/agencies/new").param("parent", Long.toString(justice.id()))))
                .andExpect(status().isNotFound());

        assertThat(stored(justice.id())).isEqualTo(before);
        assertThat(page(mvc, as(wardAdmin, get("/admin/org/agencies").param("q", "Tư pháp")))
                        .select("#agencies"))
                .isEmpty();
    }

    @Test
    void aNewAgencyMustHangUnderAnAgencyInTheAdministratorsScope() throws Exception {
        AgencyView haiphong = directory.findAgencyByCode(DemoAgencies.HAIPHONG).orElseThrow();
        String name = "Cơ quan ngoài phạm vi " + OrgTesting.random(6);

        Document form =
                page(mvc, asCityAdmin(form("/admin/org/agencies", fields(organisationCode(), name, haiphong.id()))));

        assertThat(form.selectFirst("#parentId").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#parentId-error").text())
                .isEqualTo("Hãy chọn một cơ quan cấp trên trong phạm vi bạn quản lý.");
        assertThat(form.select("#parentId option").eachText())
                .contains("Sở Tư pháp Thành phố Hà Nội")
                .doesNotContain(haiphong.name());
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void anAgencyCannotMoveUnderAnAgencyBelowIt() throws Exception {
        AgencyDetails upper = create("Cơ quan trên " + OrgTesting.random(6), hanoi.id());
        AgencyDetails lower = create("Cơ quan dưới " + OrgTesting.random(6), upper.id());

        Map<String, String> moved = fields(upper.agency().code(), upper.agency().name(), lower.id());
        moved.put("version", Long.toString(upper.version()));
        Document form = page(mvc, asCityAdmin(form("/admin/org/agencies/" + upper.id(), moved)));

        assertThat(form.select("#parentId-error").text())
                .isEqualTo("Không thể chọn chính cơ quan này hoặc một cơ quan trực thuộc nó làm cơ quan cấp trên.");
        assertThat(stored(upper.id())).containsEntry("parent_id", hanoi.id());
        assertThat(page(mvc, asCityAdmin(get("/admin/org/agencies/" + upper.id() + "/edit")))
                        .select("#parentId option")
                        .eachText())
                .contains("Ủy ban nhân dân Thành phố Hà Nội")
                .doesNotContain(upper.agency().name(), lower.agency().name());
    }

    @Test
    void theListFindsAgenciesInScopeByNameOrCodeAPageAtATime() throws Exception {
        String marker = "Tổ công tác " + OrgTesting.random(6);
        AgencyDetails first = create(marker + " 00", hanoi.id());
        for (int i = 1; i <= 20; i++) {
            create(marker + " %02d".formatted(i), justice.id());
        }

        Document pageOne = page(mvc, asCityAdmin(get("/admin/org/agencies").param("q", marker.toLowerCase())));
        assertThat(pageOne.select("#agency-count").text())
                .isEqualTo("Tìm thấy 21 cơ quan, đơn vị trong phạm vi quản lý.");
        assertThat(pageOne.select("#agencies tbody tr")).hasSize(20);
        assertThat(pageOne.select("#agencies tbody th").first().text()).isEqualTo(marker + " 00");
        String next = pageOne.select("a[rel=next]").attr("href");
        assertThat(pageOne.select(".pagination").text()).contains("Trang 1/2");

        assertThat(next).contains("page=1");
        Document pageTwo = page(mvc, asCityAdmin(get(URI.create(next))));
        assertThat(pageTwo.select("#agencies tbody th").eachText()).containsExactly(marker + " 20");
        assertThat(pageTwo.select("a[rel=prev]")).hasSize(1);

        Document byCode = page(
                mvc,
                asCityAdmin(get("/admin/org/agencies")
                        .param("q", first.agency().code().toLowerCase())));
        assertThat(byCode.select("#agencies tbody th").eachText())
                .containsExactly(first.agency().name());

        AgencyView haiphongJustice =
                directory.findAgencyByCode(DemoAgencies.HAIPHONG_JUSTICE).orElseThrow();
        assertThat(page(mvc, asCityAdmin(get("/admin/org/agencies").param("q", "Sở Tư pháp")))
                        .select("#agencies tbody th")
                        .eachText())
                .contains(justice.name())
                .doesNotContain(haiphongJustice.name());
    }

    @Test
    void theAgencyPageShowsItsDepartmentsAndTheAgenciesUnderIt() throws Exception {
        Document page = page(mvc, asCityAdmin(get("/admin/org/agencies/" + justice.id())));

        assertThat(page.select("#departments tbody").text())
                .contains("HCTP", "Phòng Hành chính tư pháp", "VP", "Văn phòng Sở");
        assertThat(page.select(".breadcrumb").text()).contains("Ủy ban nhân dân Thành phố Hà Nội");
        assertThat(page(mvc, asCityAdmin(get("/admin/org/agencies/" + hanoi.id())))
                        .select("#child-agencies tbody th")
                        .eachText())
                .contains("Sở Tư pháp Thành phố Hà Nội", "Ủy ban nhân dân Phường Hoàn Kiếm");
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        AgencyDetails agency = create("Bản đầu " + OrgTesting.random(6), hanoi.id());
        AgencyDetails changed = OrgTesting.as(
                cityAdmin,
                () -> agencies.update(
                        agency.id(),
                        agency.version(),
                        new AgencyCommand(
                                agency.agency().code(),
                                "Bản của người khác",
                                null,
                                null,
                                AgencyKind.OTHER,
                                hanoi.id(),
                                null,
                                null,
                                null,
                                null)));

        Map<String, String> stale = fields(agency.agency().code(), "Bản cũ ghi đè", hanoi.id());
        stale.put("version", Long.toString(agency.version()));
        String body = mvc.perform(asCityAdmin(form("/admin/org/agencies/" + agency.id(), stale)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stored(agency.id()))
                .containsEntry("name", "Bản của người khác")
                .containsEntry("version", changed.version());
        mvc.perform(asCityAdmin(form(
                        "/admin/org/agencies/" + agency.id() + "/deactivation",
                        Map.of("version", Long.toString(agency.version())))))
                .andExpect(status().isConflict());
        assertThat(stored(agency.id())).containsEntry("active", true);
    }

    @Test
    void anAgencyIsDeactivatedOnlyAfterTheAgenciesUnderItAndEachStepIsAudited() throws Exception {
        AgencyDetails upper = create("Cơ quan sắp giải thể " + OrgTesting.random(6), hanoi.id());
        AgencyDetails lower = create("Cơ quan trực thuộc " + OrgTesting.random(6), upper.id());
        String upperPath = "/admin/org/agencies/" + upper.id();
        String lowerPath = "/admin/org/agencies/" + lower.id();

        mvc.perform(asCityAdmin(form(upperPath + "/deactivation", Map.of("version", Long.toString(upper.version())))))
                .andExpect(redirectedUrl(upperPath))
                .andExpect(flash().attribute("problem", "error.org_agency_has_active_children"));
        assertThat(stored(upper.id())).containsEntry("active", true);

        mvc.perform(asCityAdmin(form(lowerPath + "/deactivation", Map.of("version", Long.toString(lower.version())))))
                .andExpect(redirectedUrl(lowerPath))
                .andExpect(flash().attribute("notice", "org.agency.notice.deactivated"));
        mvc.perform(asCityAdmin(form(upperPath + "/deactivation", Map.of("version", Long.toString(upper.version())))))
                .andExpect(flash().attribute("notice", "org.agency.notice.deactivated"));
        assertThat(stored(upper.id())).containsEntry("active", false);
        assertThat(directory.activeAgencies()).extracting(AgencyView::id).doesNotContain(upper.id(), lower.id());
        assertThat(page(mvc, asCityAdmin(get(upperPath)))
                        .select("#agency-status")
                        .text())
                .isEqualTo("Ngừng hoạt động");
        assertThat(audited(jdbc, "agency.deactivated", upper.id(), cityAdmin))
                .singleElement()
                .asString()
                .contains("inactive");
        assertThat(audited(jdbc, "agency.deactivated", lower.id(), cityAdmin)).hasSize(1);

        long lowerVersion = (Long) stored(lower.id()).get("version");
        mvc.perform(asCityAdmin(form(lowerPath + "/reactivation", Map.of("version", Long.toString(lowerVersion)))))
                .andExpect(flash().attribute("problem", "error.org_agency_parent_inactive"));
        long upperVersion = (Long) stored(upper.id()).get("version");
        mvc.perform(asCityAdmin(form(upperPath + "/reactivation", Map.of("version", Long.toString(upperVersion)))))
                .andExpect(flash().attribute("notice", "org.agency.notice.reactivated"));
        assertThat(stored(upper.id())).containsEntry("active", true);
        assertThat(audited(jdbc, "agency.reactivated", upper.id(), cityAdmin)).hasSize(1);
    }

    @Test
    void staffWithoutTheAgencyPrivilegeAreRefusedAndNothingIsStored() throws Exception {
        String name = "Cơ quan không được phép " + OrgTesting.random(6);
        var officer = TestActors.as(cityAdmin, Privilege.ADMIN_ACCESS, Privilege.UNIT_MANAGE);

        mvc.perform(get("/admin/org/agencies").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/agencies/" + justice.id()).with(officer)).andExpect(status().isForbidden());
        mvc.perform(form("/admin/org/agencies", fields(organisationCode(), name, hanoi.id()))
                        .with(officer))
                .andExpect(status().isForbidden());
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void theAdministrationIndexOffersEachOrganisationSectionToItsPrivilegeOnly() throws Exception {
        Document agencyManager = page(mvc, asCityAdmin(get("/admin")));
        assertThat(agencyManager.select("a[href=/admin/org/agencies]").text()).isEqualTo("Cơ quan, đơn vị");
        assertThat(agencyManager.select("a[href=/admin/org/units], a[href=/admin/org/positions]"))
                .isEmpty();

        Document unitManager =
                page(mvc, get("/admin").with(TestActors.as(cityAdmin, Privilege.ADMIN_ACCESS, Privilege.UNIT_MANAGE)));
        assertThat(unitManager.select("a[href=/admin/org/units]").text()).isEqualTo("Đơn vị hành chính");
        assertThat(unitManager.select("a[href=/admin/org/positions]").text()).isEqualTo("Chức vụ");
        assertThat(unitManager.select("a[href=/admin/org/agencies], a[href=/admin/org/departments]"))
                .isEmpty();
    }
}
