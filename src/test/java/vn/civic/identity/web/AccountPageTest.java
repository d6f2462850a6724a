package vn.civic.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** "My account": what is recorded about the signed-in person, and changing the password. */
@CivicTest
class AccountPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(context);
    }

    Browserless signedIn(String username, String password) {
        Browserless browser = new Browserless(port);
        TestAccounts.signIn(browser, username, password);
        return browser;
    }

    String hash(Account account) {
        return jdbc.queryForObject(
                "select password_hash from account_credential where account_id = ?", String.class, account.id());
    }

    HttpResponse<String> change(Browserless browser, String current, String next, String confirmation) {
        return browser.submit(
                "/account",
                "#change-password",
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirmation));
    }

    @Test
    void aStaffMemberSeesTheirAgencyPositionAndRoles() {
        Document page = signedIn("chuyenvien.hoankiem", TestAccounts.PASSWORD).page("/account");
        String profile = page.select("#profile").text();
        assertThat(profile)
                .contains("Trần Văn Minh", "chuyenvien.hoankiem", "Cán bộ, công chức")
                .contains("Ủy ban nhân dân Phường Hoàn Kiếm", "Phòng Kinh tế, Hạ tầng và Đô thị", "Chuyên viên");
        assertThat(page.select("#password-rules li").eachText())
                .first()
                .isEqualTo("Dài từ 10 đến 128 ký tự; được dùng dấu cách và chữ có dấu.");
        assertThat(page.select("#newPassword").attr("aria-describedby")).isEqualTo("password-rules");
        assertThat(page.select("#newPassword").attr("autocomplete")).isEqualTo("new-password");
    }

    @Test
    void aCitizenSeesTheirPersonalIdentificationNumber() {
        Document page = signedIn("001190004321", TestAccounts.PASSWORD).page("/account?lang=en");
        assertThat(page.select("h1").text()).isEqualTo("My account");
        assertThat(page.select("#profile").text())
                .contains("Trần Thị Bình", "Personal identification number 001190004321", "Citizen")
                .doesNotContain("Roles");
    }

    @Test
    void theAccountPageNeedsSignIn() {
        HttpResponse<String> response = new Browserless(port).get("/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() {
        Account account = accounts.citizen("Đổi Mật Khẩu", TestAccounts.email("change."));
        String before = hash(account);
        Browserless browser = signedIn(account.username(), TestAccounts.PASSWORD);
        HttpResponse<String> response =
                change(browser, "Khong-dung-2026", "Mot cau moi rat dai", "Mot cau moi rat dai");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#currentPassword-error").text()).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(page.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#currentPassword").attr("aria-describedby")).contains("currentPassword-error");
        assertThat(page.select("#currentPassword").val())
                .as("passwords are never sent back")
                .isEmpty();
        assertThat(hash(account)).isEqualTo(before);
    }

    @Test
    void aNewPasswordBreakingTheRulesIsRefusedWithEveryReason() {
        Account account = accounts.citizen("Đổi Mật Khẩu", TestAccounts.email("rules."));
        String before = hash(account);
        Browserless browser = signedIn(account.username(), TestAccounts.PASSWORD);

        Document tooShort = Jsoup.parse(
                change(browser, TestAccounts.PASSWORD, "Ngan@26", "Ngan@26").body());
        assertThat(tooShort.select("#newPassword-error").text()).isEqualTo("Mật khẩu phải dài ít nhất 10 ký tự.");

        Document common = Jsoup.parse(change(browser, TestAccounts.PASSWORD, "matkhau@2026", "matkhau@2026")
                .body());
        assertThat(common.select("#newPassword-error").text())
                .isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");

        String withNumber = "So-" + account.username();
        Document identity = Jsoup.parse(
                change(browser, TestAccounts.PASSWORD, withNumber, withNumber).body());
        assertThat(identity.select("#newPassword-error").text())
                .isEqualTo("Mật khẩu không được chứa tên đăng nhập, số định danh cá nhân hoặc mã số thuế.");

        Document mismatch =
                Jsoup.parse(change(browser, TestAccounts.PASSWORD, "Mot cau moi rat dai", "Mot cau moi rat dai!")
                        .body());
        assertThat(mismatch.select("#confirmPassword-error").text())
                .isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        assertThat(mismatch.select("[role=alert]").text()).contains("Dữ liệu chưa hợp lệ");
        assertThat(hash(account)).isEqualTo(before);
    }

    @Test
    void aChangedPasswordWorksAtTheNextSignInAndEndsTheOtherSessions() {
        Account account = accounts.citizen("Đổi Mật Khẩu", TestAccounts.email("sessions."));
        Browserless phone = signedIn(account.username(), TestAccounts.PASSWORD);
        Browserless laptop = signedIn(account.username(), TestAccounts.PASSWORD);
        String next = "Hoa sen no tren ho Guom";

        HttpResponse<String> changed = change(laptop, TestAccounts.PASSWORD, next, next);
        assertThat(changed.statusCode()).isEqualTo(302);
        Document page = laptop.page("/account");
        assertThat(page.select("#notice").text())
                .isEqualTo("Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã được đăng xuất.");
        assertThat(phone.get("/account").statusCode())
                .as("the other session ended")
                .isEqualTo(302);
        assertThat(hash(account)).startsWith("{argon2}").doesNotContain(next);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.password_changed' and actor_id = ?",
                        Long.class,
                        "account:" + account.id()))
                .isEqualTo(1);

        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/login?error");
        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), next))
                .isEqualTo("/");
    }

    @Test
    void aPasswordChangeWithoutTheFormsCsrfTokenIsRefused() {
        Account account = accounts.citizen("Đổi Mật Khẩu", TestAccounts.email("csrf."));
        String before = hash(account);
        Browserless browser = signedIn(account.username(), TestAccounts.PASSWORD);
        HttpResponse<String> forged = browser.postForm(
                "/account/password",
                Map.of(
                        "currentPassword",
                        TestAccounts.PASSWORD,
                        "newPassword",
                        "Ke gian doi mat khau",
                        "confirmPassword",
                        "Ke gian doi mat khau"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(hash(account)).isEqualTo(before);
    }
}
