package vn.civic.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Role;
import vn.civic.identity.account.RolePrivileges;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;
import vn.civic.test.TestMail;

/**
 * Staff administration: scoped to the administrator's agencies (404 outside), behind {@code STAFF_MANAGE} (403
 * without), granting only roles the administrator holds, every change audited.
 */
@CivicTest
class StaffPagesTest {

    static final Pattern LINK = Pattern.compile("https?://\\S+(/password/reset\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    AccountDirectory directory;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(context);
    }

    long agency(String code) {
        return accounts.agencyId(code);
    }

    /** An administrator of the agency, as the ADMINISTRATOR role makes one. */
    TestActor administratorOf(String code) {
        return TestActors.staff(agency(code), code);
    }

    Privilege[] administrator() {
        return RolePrivileges.of(AccountKind.STAFF, Set.of(Role.ADMINISTRATOR)).toArray(Privilege[]::new);
    }

    MockHttpServletRequestBuilder as(TestActor actor, MockHttpServletRequestBuilder request, Privilege... privileges) {
        return request.with(TestActors.as(actor, privileges));
    }

    long id(String username) {
        return directory.findByUsername(username).orElseThrow().id();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    Map<String, String> newStaff(String username, String email, long agencyId, String... roles) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "username",
                username,
                "fullName",
                "Nguyễn Thị Thử",
                "email",
                email,
                "phone",
                "0912 345 678",
                "agencyId",
                Long.toString(agencyId)));
        fields.put("roles", String.join(",", roles));
        return fields;
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> {
            if (name.equals("roles")) {
                for (String role : value.split(",")) {
                    if (!role.isEmpty()) {
                        request.param("roles", role);
                    }
                }
            } else {
                request.param(name, value);
            }
        });
        return request;
    }

    long accountsNamed(String username) {
        return jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username);
    }

    List<String> audited(String action, long accountId) {
        return jdbc.queryForList(
                "select actor_id from audit_entry where action = ? and object_type = 'Account' and object_id = ?",
                String.class,
                action,
                Long.toString(accountId));
    }

    @Test
    void aWardAdministratorSeesTheWardsStaffOnly() throws Exception {
        Document list = page(as(administratorOf(DemoAgencies.HOAN_KIEM), get("/admin/staff"), administrator()));
        assertThat(list.select("h1").text()).isEqualTo("Quản lý cán bộ");
        assertThat(list.select("#staff-table tbody tr td:nth-child(2)").eachText())
                .contains("vanthu.hoankiem", "chuyenvien.hoankiem", "lanhdao.hoankiem", "quantri.hoankiem")
                .doesNotContain("chuyenvien.hongbang", "quantri.hanoi", "quantri.haiphong");
        assertThat(list.select("#agency option").eachText())
                .containsExactly("Tất cả cơ quan", "Ủy ban nhân dân Phường Hoàn Kiếm");
    }

    @Test
    void aCityAdministratorSeesTheWardsBelowButNotAnotherCity() throws Exception {
        Document list = page(
                as(administratorOf(DemoAgencies.HANOI), get("/admin/staff").param("q", "hoankiem"), administrator()));
        assertThat(list.select("#staff-table tbody tr td:nth-child(2)").eachText())
                .contains("chuyenvien.hoankiem", "quantri.hoankiem");
        Document hongBang = page(
                as(administratorOf(DemoAgencies.HANOI), get("/admin/staff").param("q", "hongbang"), administrator()));
        assertThat(hongBang.select("#staff-empty").text()).isEqualTo("Không có cán bộ nào phù hợp.");
    }

    @Test
    void searchFindsVietnameseNamesTypedWithoutMarks() throws Exception {
        Document list = page(as(
                administratorOf(DemoAgencies.HOAN_KIEM),
                get("/admin/staff").param("q", "tran van minh"),
                administrator()));
        assertThat(list.select("#staff-table tbody tr td:first-child").eachText())
                .containsExactly("Trần Văn Minh");
        assertThat(list.select("#staff-table tbody tr").text()).contains("Chuyên viên", "Đang hoạt động");
    }

    @Test
    void staffOfAnotherAgencyAreNotFoundAndCannotBeChanged() throws Exception {
        long hongBangOfficer = id("chuyenvien.hongbang");
        TestActor hoanKiem = administratorOf(DemoAgencies.HOAN_KIEM);
        mvc.perform(as(hoanKiem, get("/admin/staff/" + hongBangOfficer), administrator()))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        hoanKiem,
                        post("/admin/staff/" + hongBangOfficer + "/disable").with(csrf()),
                        administrator()))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        hoanKiem,
                        post("/admin/staff/" + hongBangOfficer + "/password-link")
                                .with(csrf()),
                        administrator()))
                .andExpect(status().isNotFound());
        assertThat(directory.findById(hongBangOfficer).orElseThrow().active()).isTrue();
        // citizens are not staff
        mvc.perform(as(hoanKiem, get("/admin/staff/" + id("001085012345")), administrator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffPagesNeedTheStaffPrivilege() throws Exception {
        TestActor officer = administratorOf(DemoAgencies.HOAN_KIEM);
        String username = TestAccounts.unique("khong.quyen.");
        mvc.perform(as(officer, get("/admin/staff"), Privilege.ADMIN_ACCESS, Privilege.AUDIT_VIEW))
                .andExpect(status().isForbidden());
        mvc.perform(as(
                        officer,
                        form(
                                "/admin/staff",
                                newStaff(
                                        username, TestAccounts.email("x."), agency(DemoAgencies.HOAN_KIEM), "OFFICER")),
                        Privilege.ADMIN_ACCESS,
                        Privilege.AUDIT_VIEW))
                .andExpect(status().isForbidden());
        assertThat(accountsNamed(username)).isZero();
        long clerk = id("vanthu.hoankiem");
        mvc.perform(as(officer, post("/admin/staff/" + clerk + "/disable").with(csrf()), Privilege.ADMIN_ACCESS))
                .andExpect(status().isForbidden());
        assertThat(directory.findById(clerk).orElseThrow().active()).isTrue();
    }

    @Test
    void theAdministrationIndexOffersStaffToTheirManagersOnly() throws Exception {
        TestActor actor = administratorOf(DemoAgencies.HOAN_KIEM);
        assertThat(page(as(actor, get("/admin"), administrator()))
                        .select("a[href=/admin/staff]")
                        .text())
                .isEqualTo("Cán bộ");
        assertThat(page(as(actor, get("/admin"), Privilege.ADMIN_ACCESS)).select("a[href=/admin/staff]"))
                .isEmpty();
    }

    @Test
    void anAdministratorCannotGrantARoleWhosePrivilegesTheyLack() throws Exception {
        TestActor hanoi = administratorOf(DemoAgencies.HANOI);
        Document form = page(as(hanoi, get("/admin/staff/new"), administrator()));
        assertThat(form.select("#roles input[type=checkbox]").eachAttr("value"))
                .containsExactly("CLERK", "OFFICER", "LEADER", "ADMINISTRATOR");

        String username = TestAccounts.unique("tu.nang.quyen.");
        mvc.perform(as(
                        hanoi,
                        form(
                                "/admin/staff",
                                newStaff(
                                        username,
                                        TestAccounts.email("grant."),
                                        agency(DemoAgencies.HANOI),
                                        "OFFICER",
                                        "SYSTEM_ADMINISTRATOR")),
                        administrator()))
                .andExpect(status().isForbidden());
        assertThat(accountsNamed(username)).isZero();

        long officer = id("chuyenvien.hoankiem");
        Document edit = page(as(hanoi, get("/admin/staff/" + officer), administrator()));
        Map<String, String> fields = new HashMap<>(newStaff(
                "chuyenvien.hoankiem",
                "chuyenvien.hoankiem@civic.example",
                agency(DemoAgencies.HOAN_KIEM),
                "OFFICER",
                "SYSTEM_ADMINISTRATOR"));
        fields.put("fullName", "Trần Văn Minh");
        fields.put("version", edit.select("input[name=version]").val());
        mvc.perform(as(hanoi, form("/admin/staff/" + officer, fields), administrator()))
                .andExpect(status().isForbidden());
        assertThat(directory.findById(officer).orElseThrow().privileges()).doesNotContain(Privilege.CALENDAR_MANAGE);
    }

    @Test
    void anAdministratorCannotChangeAnAccountThatHoldsMorePrivileges() throws Exception {
        long cityAdmin = id("quantri.hanoi");
        TestActor hanoi = administratorOf(DemoAgencies.HANOI);
        Document detail = page(as(hanoi, get("/admin/staff/" + cityAdmin), administrator()));
        assertThat(detail.select("#not-manageable").text()).startsWith("Tài khoản này có những quyền mà bạn không có");
        assertThat(detail.select("#staff-form")).isEmpty();
        assertThat(detail.select("#staff-actions")).isEmpty();
        mvc.perform(as(hanoi, post("/admin/staff/" + cityAdmin + "/disable").with(csrf()), administrator()))
                .andExpect(status().isForbidden());
        assertThat(directory.findById(cityAdmin).orElseThrow().active()).isTrue();

        Privilege[] both = RolePrivileges.of(AccountKind.STAFF, Set.of(Role.ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR))
                .toArray(Privilege[]::new);
        assertThat(page(as(hanoi, get("/admin/staff/" + cityAdmin), both))
                        .select("#staff-actions button")
                        .eachText())
                .contains("Vô hiệu hóa tài khoản");
    }

    @Test
    void aFormWithMistakesIsMarkedInVietnameseAndStoresNothing() throws Exception {
        TestActor hanoi = administratorOf(DemoAgencies.HANOI);
        long hongBangDepartment =
                org.departmentsOf(agency(DemoAgencies.HONG_BANG)).getFirst().id();
        String username = "Sai Ten";
        Map<String, String> fields =
                new HashMap<>(newStaff(username, "khong-phai-email", agency(DemoAgencies.HAIPHONG)));
        fields.put("fullName", " ");
        fields.put("departmentId", Long.toString(hongBangDepartment));
        Document form = page(as(hanoi, form("/admin/staff", fields), administrator()));
        assertThat(form.select("#username-error").text()).startsWith("Tên đăng nhập gồm 3 đến 50 ký tự");
        assertThat(form.select("#fullName-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(form.select("#email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(form.select("#agencyId-error").text()).isEqualTo("Hãy chọn một cơ quan trong danh sách.");
        assertThat(form.select("#roles-error").text()).isEqualTo("Hãy chọn ít nhất một vai trò.");
        assertThat(form.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("[role=alert]").text()).contains("Dữ liệu chưa hợp lệ");

        fields = new HashMap<>(newStaff(
                TestAccounts.unique("sai.phong."), TestAccounts.email("dept."), agency(DemoAgencies.HANOI), "CLERK"));
        fields.put("departmentId", Long.toString(hongBangDepartment));
        Document wrongDepartment = page(as(hanoi, form("/admin/staff", fields), administrator()));
        assertThat(wrongDepartment.select("#departmentId-error").text())
                .isEqualTo("Phòng ban này không thuộc cơ quan đã chọn.");
        assertThat(accountsNamed(fields.get("username"))).isZero();

        fields = new HashMap<>(
                newStaff("quantri.hoankiem", TestAccounts.email("dup."), agency(DemoAgencies.HANOI), "CLERK"));
        assertThat(page(as(hanoi, form("/admin/staff", fields), administrator()))
                        .select("#username-error")
                        .text())
                .isEqualTo("Tên đăng nhập này đã được dùng. Hãy chọn tên khác.");
    }

    @Test
    void aNewStaffMemberIsInvitedByEmailSetsAPasswordAndSignsIn() {
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hoankiem", TestAccounts.PASSWORD);
        String username = TestAccounts.unique("moi.hoankiem.");
        String email = TestAccounts.email("moi.");
        long hoanKiem = agency(DemoAgencies.HOAN_KIEM);
        long department = org.departmentsOf(hoanKiem).stream()
                .filter(d -> d.code().equals("TTPVHCC"))
                .findFirst()
                .orElseThrow()
                .id();
        Document blank = admin.page("/admin/staff/new");
        assertThat(blank.select("#agencyId option[selected]").val())
                .as("a ward administrator's one agency is chosen")
                .isEqualTo(Long.toString(hoanKiem));

        Map<String, String> fields = new HashMap<>(Map.of(
                "username",
                username,
                "fullName",
                "Lý Thị Thu",
                "email",
                email,
                "phone",
                "0912 000 111",
                "agencyId",
                Long.toString(hoanKiem),
                "departmentId",
                Long.toString(department),
                "roles",
                "CLERK"));
        HttpResponse<String> created = admin.submit("/admin/staff/new", "#staff-form", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = id(username);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/staff/" + id));
        Document detail = admin.page("/admin/staff/" + id);
        assertThat(detail.select("#notice").text())
                .isEqualTo("Đã tạo tài khoản cho Lý Thị Thu và gửi liên kết đặt mật khẩu.");
        assertThat(detail.select("#staff-status").text()).contains("Chưa đặt (đã gửi liên kết đặt mật khẩu)");
        String adminId = "account:" + id("quantri.hoankiem");
        assertThat(audited("account.created", id)).containsExactly(adminId);
        assertThat(jdbc.queryForObject(
                        "select summary_after from audit_entry where action = 'account.created' and object_id = ?",
                        String.class,
                        Long.toString(id)))
                .contains(username, "Lý Thị Thu", "roles=[CLERK]", "phone=0912000111");

        var invitation = TestMail.awaitOne(email);
        assertThat(TestMail.subject(invitation))
                .isEqualTo("Tài khoản Civic của bạn đã được tạo / Your Civic account is ready");
        Matcher link = LINK.matcher(TestMail.body(invitation));
        assertThat(link.find()).isTrue();
        assertThat(TestMail.body(invitation)).contains("có hiệu lực trong 72 giờ", username);

        Browserless newcomer = new Browserless(port);
        assertThat(newcomer.get(link.group(1)).statusCode()).isEqualTo(302);
        assertThat(newcomer.page("/password/reset").select("h1").text()).isEqualTo("Đặt mật khẩu cho tài khoản mới");
        newcomer.submit(
                "/password/reset",
                "#reset-password",
                Map.of("newPassword", "Mot buoi sang dau tien", "confirmPassword", "Mot buoi sang dau tien"));
        assertThat(TestAccounts.signIn(newcomer, username, "Mot buoi sang dau tien"))
                .isEqualTo("/work");
    }

    @Test
    void editingSavesTheDetailsAuditsThemAndRefusesAStaleForm() {
        Account staff = accounts.staff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.CLERK), TestAccounts.email("edit."));
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hoankiem", TestAccounts.PASSWORD);
        Document edit = admin.page("/admin/staff/" + staff.id());
        assertThat(edit.select("#fullName").val()).isEqualTo("Cán bộ Thử Nghiệm");
        String staleVersion = edit.select("input[name=version]").val();

        Map<String, String> fields = new HashMap<>(Map.of(
                "fullName",
                "Cán bộ Đã Sửa",
                "email",
                staff.email(),
                "agencyId",
                Long.toString(agency(DemoAgencies.HOAN_KIEM)),
                "roles",
                "OFFICER"));
        HttpResponse<String> saved = admin.submit("/admin/staff/" + staff.id(), "#staff-form", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(directory.findById(staff.id()).orElseThrow().fullName()).isEqualTo("Cán bộ Đã Sửa");
        assertThat(jdbc.queryForObject(
                        "select summary_before || ' => ' || summary_after from audit_entry"
                                + " where action = 'account.updated' and object_id = ?",
                        String.class,
                        staff.id().toString()))
                .contains("roles=[CLERK]", "=> STAFF", "Cán bộ Đã Sửa", "roles=[OFFICER]");

        Map<String, String> stale = new HashMap<>(fields);
        stale.put("fullName", "Bản Cũ Ghi Đè");
        stale.put("version", staleVersion);
        HttpResponse<String> conflict =
                admin.postForm("/admin/staff/" + staff.id(), withCsrf(admin, "/admin/staff/" + staff.id(), stale));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(directory.findById(staff.id()).orElseThrow().fullName()).isEqualTo("Cán bộ Đã Sửa");
    }

    @Test
    void aStaffMembersPersonalIdNumberIsOptionalValidAndTheirsAlone() {
        Account staff = accounts.staff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.CLERK), TestAccounts.email("cccd."));
        Account colleague = accounts.staffWithPersonalIdNumber(
                DemoAgencies.HOAN_KIEM, EnumSet.of(Role.CLERK), TestAccounts.email("cccd2."));
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hoankiem", TestAccounts.PASSWORD);
        Map<String, String> fields = new HashMap<>(Map.of(
                "fullName",
                "Cán bộ Thử Nghiệm",
                "email",
                staff.email(),
                "agencyId",
                Long.toString(agency(DemoAgencies.HOAN_KIEM)),
                "roles",
                "CLERK"));
        String path = "/admin/staff/" + staff.id();

        fields.put("personalIdNumber", "001085");
        assertThat(Jsoup.parse(admin.submit(path, "#staff-form", fields).body())
                        .select("#personalIdNumber-error")
                        .text())
                .isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số.");
        fields.put("personalIdNumber", colleague.personalIdNumber());
        Document taken = Jsoup.parse(admin.submit(path, "#staff-form", fields).body());
        assertThat(taken.select("#personalIdNumber-error").text())
                .isEqualTo("Số định danh cá nhân này đã được ghi cho một cán bộ khác.");
        assertThat(taken.select("#personalIdNumber").attr("aria-invalid")).isEqualTo("true");
        assertThat(directory.findById(staff.id()).orElseThrow().personalIdNumber())
                .isNull();

        // the demo citizen Nguyễn Văn An may also be a staff member: his citizen account keeps the same number
        fields.put("personalIdNumber", "001 085 012 345");
        assertThat(admin.submit(path, "#staff-form", fields).statusCode()).isEqualTo(302);
        assertThat(directory.findById(staff.id()).orElseThrow().personalIdNumber())
                .isEqualTo("001085012345");
        assertThat(directory
                        .findByPersonalIdNumber("001085012345")
                        .orElseThrow()
                        .kind())
                .isEqualTo(AccountKind.CITIZEN);
        assertThat(admin.page(path).select("#personalIdNumber").val()).isEqualTo("001085012345");
        assertThat(jdbc.queryForObject(
                        "select summary_after from audit_entry where action = 'account.updated' and object_id = ?",
                        String.class,
                        staff.id().toString()))
                .contains("personalIdNumber=001085012345");

        fields.put("personalIdNumber", "");
        assertThat(admin.submit(path, "#staff-form", fields).statusCode()).isEqualTo(302);
        assertThat(directory.findById(staff.id()).orElseThrow().personalIdNumber())
                .as("the number is optional and can be removed")
                .isNull();
    }

    /** The fields with the page's CSRF token, to post a form the page would not have rendered that way. */
    static Map<String, String> withCsrf(Browserless browser, String pagePath, Map<String, String> fields) {
        Map<String, String> values = new HashMap<>(fields);
        values.put(
                "_csrf",
                browser.page(pagePath).select("#staff-form input[name=_csrf]").val());
        return values;
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignInUntilEnabled() {
        Account staff = accounts.staff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.OFFICER), TestAccounts.email("off."));
        Browserless session = new Browserless(port);
        assertThat(TestAccounts.signIn(session, staff.username(), TestAccounts.PASSWORD))
                .isEqualTo("/work");
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hoankiem", TestAccounts.PASSWORD);

        HttpResponse<String> disabled = admin.submit("/admin/staff/" + staff.id(), "form[action$=/disable]", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(admin.page("/admin/staff/" + staff.id()).select("#notice").text())
                .startsWith("Đã vô hiệu hóa tài khoản của Cán bộ Thử Nghiệm");
        assertThat(session.get("/work").statusCode()).as("the session ended").isEqualTo(302);
        assertThat(TestAccounts.signIn(new Browserless(port), staff.username(), TestAccounts.PASSWORD))
                .isEqualTo("/login?error");
        assertThat(audited("account.disabled", staff.id())).containsExactly("account:" + id("quantri.hoankiem"));

        admin.submit("/admin/staff/" + staff.id(), "form[action$=/enable]", Map.of());
        assertThat(TestAccounts.signIn(new Browserless(port), staff.username(), TestAccounts.PASSWORD))
                .isEqualTo("/work");
        assertThat(audited("account.enabled", staff.id())).hasSize(1);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        Account self =
                accounts.staff(DemoAgencies.LE_CHAN, EnumSet.of(Role.ADMINISTRATOR), TestAccounts.email("self."));
        Browserless browser = new Browserless(port);
        TestAccounts.signIn(browser, self.username(), TestAccounts.PASSWORD);
        HttpResponse<String> refused = browser.submit("/admin/staff/" + self.id(), "form[action$=/disable]", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
                .contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.");
        assertThat(directory.findById(self.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void unlockingEndsALockBeforeItsTime() {
        Account staff = accounts.staff(DemoAgencies.HONG_BANG, EnumSet.of(Role.CLERK), TestAccounts.email("unlock."));
        Browserless attacker = new Browserless(port);
        for (int i = 0; i < 5; i++) {
            TestAccounts.signIn(attacker, staff.username(), "Doan-mo-" + i);
        }
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hongbang", TestAccounts.PASSWORD);
        Document detail = admin.page("/admin/staff/" + staff.id());
        assertThat(detail.select("#locked-until").text()).startsWith("Tạm khóa đến");
        admin.submit("/admin/staff/" + staff.id(), "form[action$=/unlock]", Map.of());
        assertThat(admin.page("/admin/staff/" + staff.id()).select("#locked-until"))
                .isEmpty();
        assertThat(TestAccounts.signIn(new Browserless(port), staff.username(), TestAccounts.PASSWORD))
                .isEqualTo("/work");
        assertThat(audited("account.unlocked", staff.id())).containsExactly("account:" + id("quantri.hongbang"));
    }

    @Test
    void anAdministratorSendsAPasswordLinkToTheStaffMembersEmail() {
        String email = TestAccounts.email("link.");
        Account staff = accounts.staff(DemoAgencies.HONG_BANG, EnumSet.of(Role.LEADER), email);
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.haiphong", TestAccounts.PASSWORD);
        admin.submit("/admin/staff/" + staff.id(), "form[action$=/password-link]", Map.of());
        assertThat(TestMail.subject(TestMail.awaitOne(email)))
                .isEqualTo("Đặt lại mật khẩu tài khoản Civic / Reset your Civic password");
        assertThat(audited("account.password_reset_requested", staff.id()))
                .containsExactly("account:" + id("quantri.haiphong"));
    }
}
