package vn.civic.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.civic.identity.TestAccounts;
import vn.civic.test.OidcServers;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The single sign-on buttons and refusals of the sign-in page in Chromium, in both languages, and a real click. */
@BrowserTest
class OidcSignInBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theSignInPageOffersSingleSignOnAccessibly(String language, CivicBrowser browser) {
        boolean vi = language.equals("vi");
        browser.open("/login?lang=" + language);

        assertThat(browser.text("#single-sign-on h2")).isEqualTo(vi ? "Đăng nhập một lần" : "Single sign-on");
        assertThat(browser.text("#sign-in-vneid"))
                .isEqualTo(
                        vi
                                ? "Đăng nhập bằng tài khoản định danh điện tử (VNeID)"
                                : "Sign in with your electronic identity account (VNeID)");
        assertThat(browser.find("#sign-in-vneid").getAttribute("href")).endsWith("/login/oidc/vneid");
        assertThat(browser.text("#sign-in-keycloak-staff"))
                .isEqualTo(vi ? "Cán bộ đăng nhập một lần" : "Staff single sign-on");
        assertThat(browser.findAll("#single-sign-on a, #sign-in button"))
                .as("the e-ID first, then staff, then the password form")
                .extracting(e -> e.getAttribute("id") == null ? "" : e.getAttribute("id"))
                .startsWith("sign-in-vneid", "sign-in-keycloak-staff");
        browser.assertAccessible();

        browser.open("/login?oidc-error=oidc_staff_unknown&lang=" + language);
        assertThat(browser.find("#oidc-error").getAttribute("role")).isEqualTo("alert");
        assertThat(browser.text("#oidc-error"))
                .contains(
                        vi
                                ? "Chưa có tài khoản cán bộ nào gắn với danh tính này"
                                : "No staff account is linked to this identity");
        browser.assertAccessible();
    }

    @Test
    void aCitizenSignsInWithTheNationalEidByClickingItsButton(CivicBrowser browser) {
        String number = TestAccounts.personalIdNumber();
        OidcServers.server()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        OidcServers.VNEID,
                        TestAccounts.unique("browser-sub-"),
                        JOSEObjectType.JWT.getType(),
                        List.of(OidcServers.VNEID_CLIENT_ID),
                        Map.of("SoDinhDanh", number, "HoVaTen", "Vương Thị Trình Duyệt", "LoaiTaiKhoan", "1"),
                        3600));
        browser.open("/login");

        browser.click(browser.find("#sign-in-vneid"));

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.text(".user-menu .user-name")).isEqualTo("Vương Thị Trình Duyệt");
        browser.open("/account").assertAccessible();
        assertThat(browser.text("main")).contains(number);
    }
}
