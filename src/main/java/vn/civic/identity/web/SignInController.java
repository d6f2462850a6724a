package vn.civic.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.security.SignInHandlers;

/**
 * The sign-in page. Spring Security's form login handles the POST to {@code /login}; a refusal comes back here with
 * {@code ?error} and one message for every cause (unknown username, wrong password, locked or disabled account), which
 * also says how many failures lock an account, for how long, and where to reset the password. Public: it is where
 * people who are not signed in go.
 */
@Controller
class SignInController {

    private final IdentityProperties properties;

    SignInController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String reset,
            HttpServletRequest request,
            Model model) {
        HttpSession session = request.getSession(false);
        Object lastUsername = session == null ? null : session.getAttribute(SignInHandlers.LAST_USERNAME);
        if (lastUsername != null) {
            session.removeAttribute(SignInHandlers.LAST_USERNAME);
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("passwordReset", reset != null);
        model.addAttribute("username", error != null && lastUsername instanceof String s ? s : "");
        model.addAttribute("maxFailures", properties.lockout().maxFailures());
        model.addAttribute("lockMinutes", properties.lockout().minutes());
        return "identity/login";
    }
}
