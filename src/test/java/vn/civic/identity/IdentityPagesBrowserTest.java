package vn.civic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Role;
import vn.civic.identity.password.PasswordResets;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.TestMail;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The identity pages in a real browser, under the Content-Security-Policy, in both languages. */
@BrowserTest
class IdentityPagesBrowserTest {

    static final Pattern LINK = Pattern.compile("https?://\\S+(/password/reset\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext context;

    @Autowired
    PasswordResets resets;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theSignInPageAndItsRefusalAreAccessible(String language, CivicBrowser browser) {
        browser.open("/login?lang=" + language);
        assertThat(browser.language()).isEqualTo(language);
        assertThat(browser.text("main h1")).isEqualTo(language.equals("vi") ? "Đăng nhập" : "Sign in");
        assertThat(browser.find("#username").getAttribute("autocomplete")).isEqualTo("username");
        assertThat(browser.find("#password").getAttribute("autocomplete")).isEqualTo("current-password");
        browser.assertAccessible();

        assertThat(browser.submitSignIn("khong.co.tai.khoan.nay", "Sai-mat-khau"))
                .isEqualTo("/login?error");
        assertThat(browser.find("#sign-in-error").getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("khong.co.tai.khoan.nay");
        browser.assertAccessible();
    }

    @Test
    void htmxRunsUnderTheContentSecurityPolicy(CivicBrowser browser) {
        browser.open("/login");
        assertThat(browser.script("return typeof htmx")).isEqualTo("object");
        assertThat(browser.script("return htmx.config.includeIndicatorStyles")).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void myAccountPageIsAccessibleWithAndWithoutErrors(String language, CivicBrowser browser) {
        browser.signIn("chuyenvien.hoankiem", TestAccounts.PASSWORD);
        browser.open("/account?lang=" + language);
        assertThat(browser.text("#profile")).contains("Trần Văn Minh");
        browser.assertAccessible();

        browser.find("#currentPassword").sendKeys("Khong-dung-2026");
        browser.find("#newPassword").sendKeys("ngan");
        browser.find("#confirmPassword").sendKeys("khac");
        browser.click(browser.find("#change-password button[type=submit]"));
        assertThat(browser.find("#currentPassword").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find("#newPassword-error").getText()).isNotBlank();
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void forgotAndResetPagesAreAccessible(String language, CivicBrowser browser) {
        browser.open("/password/forgot?lang=" + language);
        browser.assertAccessible();
        browser.find("#email").sendKeys(TestAccounts.email("browser.unknown."));
        browser.click(browser.find("#forgot-password button[type=submit]"));
        assertThat(browser.currentPath()).isEqualTo("/password/forgot?sent");
        assertThat(browser.find("#forgot-sent").getText()).isNotBlank();
        browser.assertAccessible();

        String email = TestAccounts.email("browser.reset.");
        Account account = accounts.citizen("Người Dùng Trình Duyệt", email);
        resets.requestFor(account);
        Matcher link = LINK.matcher(TestMail.body(TestMail.awaitOne(email)));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        assertThat(URI.create(browser.driver().getCurrentUrl()).getRawQuery())
                .as("the token left the address bar")
                .isNull();
        assertThat(browser.text("#reset-account")).contains(account.username());
        browser.assertAccessible();

        browser.find("#newPassword").sendKeys("Password2026!");
        browser.find("#confirmPassword").sendKeys("Password2026!");
        browser.click(browser.find("#reset-password button[type=submit]"));
        assertThat(browser.find("#newPassword-error").getText()).isNotBlank();
        browser.assertAccessible();

        browser.find("#newPassword").sendKeys("Mot cau rat de nho");
        browser.find("#confirmPassword").sendKeys("Mot cau rat de nho");
        browser.click(browser.find("#reset-password button[type=submit]"));
        assertThat(browser.currentPath()).isEqualTo("/login?reset");
        browser.assertAccessible();

        browser.open(link.group(1));
        assertThat(browser.find("#reset-invalid").getText()).isNotBlank();
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void staffPagesAreAccessible(String language, CivicBrowser browser) {
        Account staff = accounts.staff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.CLERK), TestAccounts.email("b."));
        browser.signIn("quantri.hoankiem", TestAccounts.PASSWORD);
        browser.open("/admin/staff?lang=" + language);
        assertThat(browser.findAll("#staff-table tbody tr")).isNotEmpty();
        browser.assertAccessible();

        browser.open("/admin/staff/" + staff.id());
        assertThat(browser.find("#fullName").getAttribute("value")).isEqualTo("Cán bộ Thử Nghiệm");
        browser.assertAccessible();

        browser.open("/admin/staff/new");
        browser.assertAccessible();
        browser.find("#username").sendKeys("Sai Ten");
        browser.find("#fullName").sendKeys("Nguyễn Văn Thử");
        browser.find("#email").sendKeys(TestAccounts.email("b.new."));
        browser.click(browser.find("#staff-form button[type=submit]"));
        assertThat(browser.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#roles-error").getText()).isNotBlank();
        browser.assertAccessible();
    }
}
