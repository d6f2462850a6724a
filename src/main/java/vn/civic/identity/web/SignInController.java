package vn.civic.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.oidc.OidcProviders;
import vn.civic.identity.security.SignInHandlers;

/**
 * The sign-in page. Spring Security's form login handles the POST to {@code /login}; a refusal comes back here with
 * {@code ?error} and one message for every cause (unknown username, wrong password, locked or disabled account), which
 * also says how many failures lock an account, for how long, and where to reset the password. When sign-in providers
 * are configured, their buttons come first (citizens' e-ID, then staff single sign-on), and a refused provider sign-in
 * comes back with {@code ?oidc-error=<code>} and its reason. Public: it is where people who are not signed in go.
 */
@Controller
class SignInController {

    /** The refusals of a provider sign-in that the page explains; any other code reads as a failure. */
    static final Set<IdentityError> OIDC_ERRORS = EnumSet.of(
            IdentityError.OIDC_CANCELLED,
            IdentityError.OIDC_PERSONAL_ID_INVALID,
            IdentityError.OIDC_TAX_CODE_INVALID,
            IdentityError.OIDC_ACCOUNT_TYPE_UNSUPPORTED,
            IdentityError.OIDC_NAME_MISSING,
            IdentityError.OIDC_STAFF_UNKNOWN,
            IdentityError.OIDC_ACCOUNT_DISABLED,
            IdentityError.OIDC_IDENTITY_MISMATCH,
            IdentityError.OIDC_FAILED);

    private final IdentityProperties properties;
    private final OidcProviders providers;

    SignInController(IdentityProperties properties, OidcProviders providers) {
        this.properties = properties;
        this.providers = providers;
    }

    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String reset,
            @RequestParam(name = "oidc-error", required = false) String oidcError,
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
        model.addAttribute("providers", providers.buttons());
        model.addAttribute(
                "oidcError",
                oidcError == null
                        ? null
                        : OIDC_ERRORS.stream()
                                .filter(e -> e.code().equals(oidcError))
                                .findFirst()
                                .orElse(IdentityError.OIDC_FAILED)
                                .messageKey());
        return "identity/login";
    }
}
