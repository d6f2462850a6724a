package vn.civic.test.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The sign-in page at {@code /login} and the {@link CivicBrowser#signIn} helper that later browser tests use to see
 * pages as a signed-in user. The page is whatever the identity module serves there, so this test follows it.
 */
@BrowserTest
class SignInBrowserTest {

    @Test
    void signInPageHasNoSeriousAccessibilityViolation(CivicBrowser browser) {
        browser.open("/login");
        assertThat(browser.findAll("form input[name=username]")).hasSize(1);
        assertThat(browser.findAll("form input[name=password][type=password]")).hasSize(1);
        assertThat(browser.findAll("form input[name=_csrf][type=hidden]")).hasSize(1);
        browser.assertAccessible();
    }

    @Test
    void wrongCredentialsLeadBackToTheSignInFormWithAnError(CivicBrowser browser) {
        assertThat(browser.submitSignIn("khong.ton.tai", "sai-mat-khau")).isEqualTo("/login?error");
        browser.assertAccessible();
    }

    @Test
    void signInHelperFailsReadablyWhenTheCredentialsAreRefused(CivicBrowser browser) {
        assertThatThrownBy(() -> browser.signIn("khong.ton.tai", "sai-mat-khau"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Sign-in as khong.ton.tai failed")
                .hasMessageContaining("/login?error");
    }

    @Test
    void staffPageSendsAnonymousVisitorToTheSignInForm(CivicBrowser browser) {
        browser.open("/work");
        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.findAll("form input[name=username]")).hasSize(1);
    }
}
