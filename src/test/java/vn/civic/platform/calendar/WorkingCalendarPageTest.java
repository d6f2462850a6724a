package vn.civic.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The administrators' calendar page. Tests that edit use dates in 2096–2099, which no other test counts over, and
 * remove what they add.
 */
@CivicTest
class WorkingCalendarPageTest {

    static final TestActor MANAGER = TestActors.staff(1, "000.00.00.H26");
    static final LocalDate FRIDAY = LocalDate.of(2099, 2, 27);
    static final LocalDate MONDAY = LocalDate.of(2099, 3, 2);
    static final LocalDate WEDNESDAY = LocalDate.of(2097, 3, 6);
    static final LocalDate STALE_MONDAY = LocalDate.of(2096, 3, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarEditor editor;

    /** Through the editor, so that the cached years are dropped as after any edit. */
    @AfterEach
    void removeTestDays() {
        jdbc.queryForList("select id, version from calendar_day where calendar_date >= ?", LocalDate.of(2096, 1, 1))
                .forEach(row ->
                        editor.delete(((Number) row.get("id")).longValue(), ((Number) row.get("version")).longValue()));
    }

    static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
        return request.with(TestActors.as(MANAGER, Privilege.ADMIN_ACCESS, Privilege.CALENDAR_MANAGE));
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static Map<String, String> fields(LocalDate date, String kind, String nameVi) {
        return Map.of(
                "date",
                date.toString(),
                "kind",
                kind,
                "nameVi",
                nameVi,
                "nameEn",
                "Test day",
                "source",
                "Kiểm thử tự động");
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    long count(LocalDate date) {
        return jdbc.queryForObject("select count(*) from calendar_day where calendar_date = ?", Long.class, date);
    }

    Map<String, Object> stored(LocalDate date) {
        return jdbc.queryForMap("select id, version, name_vi, kind from calendar_day where calendar_date = ?", date);
    }

    List<String> audited(String action, Object id) {
        return jdbc.queryForList(
                "select summary_after from audit_entry where action = ? and object_type = 'CalendarDay'"
                        + " and object_id = ? and actor_id = ?",
                String.class,
                action,
                id.toString(),
                MANAGER.actorId());
    }

    @Test
    void managerSeesTheYearWithEachKindOfDayNamedInText() throws Exception {
        Document year = page(asManager(get("/admin/calendar").param("year", "2026")));
        assertThat(year.select("h1").text()).isEqualTo("Lịch làm việc năm 2026");
        assertThat(year.select("#working-days").text()).isEqualTo("Năm 2026 có 250 ngày làm việc.");
        assertThat(year.select("td[data-date=2026-02-17]").text()).contains("17", "L", "Ngày lễ, Tết");
        assertThat(year.select("td[data-date=2026-04-27]").text()).contains("Ngày nghỉ bù, nghỉ hoán đổi");
        assertThat(year.select("td[data-date=2026-01-10]").text()).contains("Ngày làm bù");
        assertThat(year.select("td[data-date=2026-03-07]").text()).contains("Nghỉ cuối tuần");
        assertThat(year.select("td[data-date=2026-03-09]").text()).isEqualTo("9");
        assertThat(year.select("caption").eachText())
                .contains("Tháng 2 năm 2026", "Ngày lễ, ngày nghỉ bù và ngày làm bù năm 2026");
        assertThat(year.select("#exception-days tbody tr")).hasSize(16);
        assertThat(year.select("#exception-days").text())
                .contains("Tết Nguyên đán Bính Ngọ (mùng 1)", "12729/VPCP-KGVX");
        assertThat(page(asManager(get("/admin/calendar").param("year", "2027")))
                        .select("#exception-days")
                        .text())
                .contains("CHƯA XÁC NHẬN");
    }

    @Test
    void theEnglishPageNamesTheYearWithoutGrouping() throws Exception {
        Document year =
                page(asManager(get("/admin/calendar").param("year", "2026").param("lang", "en")));
        assertThat(year.select("#working-days").text()).isEqualTo("2026 has 250 working days.");
        assertThat(year.select("td[data-date=2026-02-17]").text()).contains("Public holiday");
    }

    @Test
    void theAdministrationIndexOffersTheCalendarOnlyToItsManagers() throws Exception {
        assertThat(page(asManager(get("/admin")))
                        .select("a[href=/admin/calendar]")
                        .text())
                .isEqualTo("Lịch làm việc");
        assertThat(page(get("/admin").with(TestActors.as(MANAGER, Privilege.ADMIN_ACCESS)))
                        .select("a[href=/admin/calendar]"))
                .isEmpty();
    }

    @Test
    void staffWithoutTheCalendarPrivilegeAreRefusedAndNothingIsStored() throws Exception {
        var officer = TestActors.staff(3, "000.00.15.H26");
        mvc.perform(get("/admin/calendar").with(TestActors.as(officer, Privilege.ADMIN_ACCESS)))
                .andExpect(status().isForbidden());
        mvc.perform(form("/admin/calendar/days", fields(MONDAY, "WEEKDAY_OFF", "Không được phép"))
                        .with(TestActors.as(officer, Privilege.ADMIN_ACCESS)))
                .andExpect(status().isForbidden());
        assertThat(count(MONDAY)).isZero();
    }

    @Test
    void aDayOffAddedOnThePageMovesTheDueDateAndEveryChangeIsAudited() throws Exception {
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);

        mvc.perform(asManager(form("/admin/calendar/days", fields(MONDAY, "WEEKDAY_OFF", "Nghỉ thử nghiệm"))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2099"))
                .andExpect(flash().attribute("notice", "calendar.notice.created"));
        Map<String, Object> created = stored(MONDAY);
        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(audited("calendar.day.created", created.get("id")))
                .singleElement()
                .asString()
                .contains("2099-03-02 WEEKDAY_OFF", "Nghỉ thử nghiệm");

        Document edit = page(asManager(get("/admin/calendar/days/" + created.get("id"))));
        assertThat(edit.select("#nameVi").val()).isEqualTo("Nghỉ thử nghiệm");
        assertThat(edit.select("#kind option[selected]").val()).isEqualTo("WEEKDAY_OFF");
        Map<String, String> renamed = new HashMap<>(fields(MONDAY, "PUBLIC_HOLIDAY", "Lễ thử nghiệm"));
        renamed.put("version", edit.select("input[name=version]").val());
        mvc.perform(asManager(form("/admin/calendar/days/" + created.get("id"), renamed)))
                .andExpect(status().isFound());
        assertThat(stored(MONDAY)).containsEntry("kind", "PUBLIC_HOLIDAY").containsEntry("name_vi", "Lễ thử nghiệm");
        assertThat(audited("calendar.day.updated", created.get("id")))
                .singleElement()
                .asString()
                .contains("PUBLIC_HOLIDAY", "Lễ thử nghiệm");

        mvc.perform(asManager(form(
                        "/admin/calendar/days/" + created.get("id") + "/delete",
                        Map.of("version", stored(MONDAY).get("version").toString()))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "calendar.notice.deleted"));
        assertThat(count(MONDAY)).isZero();
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'calendar.day.deleted' and object_id = ?",
                        Long.class,
                        created.get("id").toString()))
                .isEqualTo(1);
    }

    @Test
    void aWorkedDayOnAWeekdayComesBackMarkedInVietnameseAndIsNotStored() throws Exception {
        Document form = page(asManager(form("/admin/calendar/days", fields(WEDNESDAY, "WEEKEND_WORKED", "Làm bù"))));
        Element kind = form.selectFirst("#kind");
        assertThat(kind.attr("aria-invalid")).isEqualTo("true");
        assertThat(kind.attr("aria-describedby")).contains("kind-error");
        assertThat(form.select("#kind-error").text()).isEqualTo("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        assertThat(form.select("#date").val()).isEqualTo(WEDNESDAY.toString());
        assertThat(form.select("[role=alert]").text()).contains("Dữ liệu chưa hợp lệ");
        assertThat(count(WEDNESDAY)).isZero();
    }

    @Test
    void aWeekdayOffOnASundayIsRefused() throws Exception {
        Document form =
                page(asManager(form("/admin/calendar/days", fields(LocalDate.of(2097, 3, 10), "WEEKDAY_OFF", "Nghỉ"))));
        assertThat(form.select("#kind-error").text())
                .isEqualTo("Ngày nghỉ bù, nghỉ hoán đổi phải là một ngày từ thứ Hai đến thứ Sáu.");
        assertThat(count(LocalDate.of(2097, 3, 10))).isZero();
    }

    @Test
    void aDateThatAlreadyHasAnEntryIsRefusedAndTheEntryKept() throws Exception {
        LocalDate reunificationDay = LocalDate.of(2026, 4, 30);
        Document form =
                page(asManager(form("/admin/calendar/days", fields(reunificationDay, "PUBLIC_HOLIDAY", "Trùng"))));
        assertThat(form.selectFirst("#date").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#date-error").text())
                .isEqualTo("Ngày này đã có trong lịch. Hãy sửa mục đã có thay vì thêm mới.");
        assertThat(stored(reunificationDay)).containsEntry("name_vi", "Ngày Chiến thắng (30/4)");
    }

    @Test
    void everyBadFieldIsMarkedAtOnce() throws Exception {
        LocalDate tooEarly = LocalDate.of(1999, 12, 31);
        Document form = page(asManager(form(
                "/admin/calendar/days",
                Map.of("date", tooEarly.toString(), "kind", "PUBLIC_HOLIDAY", "nameVi", " ", "source", ""))));
        assertThat(form.select("#date-error").text()).isEqualTo("Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100.");
        assertThat(form.select("#nameVi-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#nameEn-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#source-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("[aria-invalid=true]")).hasSize(4);
        assertThat(count(tooEarly)).isZero();

        Map<String, String> typed = new HashMap<>(fields(MONDAY, "PUBLIC_HOLIDAY", "Lễ"));
        typed.put("date", "30/02/2099");
        Document typo = page(asManager(form("/admin/calendar/days", typed)));
        assertThat(typo.select("#date-error").text()).isEqualTo("Giá trị không đúng định dạng.");
        assertThat(count(MONDAY)).isZero();
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefused() throws Exception {
        CalendarDayView day = editor.create(
                new CalendarDayCommand(STALE_MONDAY, DayKind.WEEKDAY_OFF, "Bản đầu", "First", "Kiểm thử"));
        CalendarDayView changed = editor.update(
                day.id(),
                day.version(),
                new CalendarDayCommand(STALE_MONDAY, DayKind.WEEKDAY_OFF, "Bản của người khác", "Other", "Kiểm thử"));

        Map<String, String> stale = new HashMap<>(fields(STALE_MONDAY, "WEEKDAY_OFF", "Bản cũ ghi đè"));
        stale.put("version", Long.toString(day.version()));
        String body = mvc.perform(asManager(form("/admin/calendar/days/" + day.id(), stale)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stored(STALE_MONDAY))
                .containsEntry("name_vi", "Bản của người khác")
                .containsEntry("version", changed.version());

        mvc.perform(asManager(form(
                        "/admin/calendar/days/" + day.id() + "/delete",
                        Map.of("version", Long.toString(day.version())))))
                .andExpect(status().isConflict());
        assertThat(count(STALE_MONDAY)).isEqualTo(1);
    }
}
