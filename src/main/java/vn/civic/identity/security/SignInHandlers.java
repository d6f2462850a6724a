package vn.civic.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.civic.platform.security.Privilege;

/** Where the sign-in form leads. */
public final class SignInHandlers {

    /** The session attribute that keeps the username typed into a refused sign-in, to fill the form again. */
    public static final String LAST_USERNAME = "civic.signIn.lastUsername";

    static final String FAILURE_URL = "/login?error";

    private SignInHandlers() {}

    /**
     * Back to the page the person was going to; otherwise staff to their workspace and everyone else home.
     */
    public static SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                boolean staff = authentication.getAuthorities().stream()
                        .anyMatch(a -> Privilege.WORKSPACE_ACCESS.authority().equals(a.getAuthority()));
                return staff ? "/work" : "/";
            }
        };
        return handler;
    }

    /** One answer for every refusal: {@code /login?error}, with the typed username kept for the form. */
    static SimpleUrlAuthenticationFailureHandler failure() {
        return new SimpleUrlAuthenticationFailureHandler(FAILURE_URL) {
            @Override
            public void onAuthenticationFailure(
                    HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                    throws IOException, ServletException {
                super.onAuthenticationFailure(request, response, exception);
                HttpSession session = request.getSession();
                // the page says the same for every cause: the exception (with its stack) need not travel to the
                // session table, where it would tell a locked account from a wrong password
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
                String username = request.getParameter("username");
                if (username != null && username.length() <= 100) {
                    session.setAttribute(LAST_USERNAME, username.strip());
                }
            }
        };
    }
}
