package vn.civic.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.password.PasswordPolicy;
import vn.civic.identity.password.PasswordResets;
import vn.civic.identity.password.PasswordResets.ResetLink;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * "Forgot your password?": the form that asks for an email address and always gives the same answer, and the page
 * the emailed link opens. The link's token moves from the address into the session at once, so it does not stay in
 * the browser's history or travel in a Referer header. Opening the link does not spend it (mail scanners open links);
 * setting the password does. Public pages, for people who cannot sign in.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    static final String TOKEN = "civic.passwordReset.token";
    static final String FORM = "password";

    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final IdentityProperties properties;

    PasswordResetController(PasswordResets resets, PasswordPolicy policy, IdentityProperties properties) {
        this.resets = resets;
        this.policy = policy;
        this.properties = properties;
    }

    @GetMapping("/forgot")
    String forgot(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("sent", sent != null);
        model.addAttribute("email", "");
        return forgotPage(model);
    }

    @PostMapping("/forgot")
    String requestLink(@RequestParam(required = false) String email, Model model) {
        String address = AccountRegistry.normaliseEmail(email);
        if (address == null || address.length() > AccountRegistry.EMAIL_MAX || !address.contains("@")) {
            model.addAttribute("sent", false);
            model.addAttribute("email", email == null ? "" : email);
            model.addAttribute("emailError", address == null ? "validation.not_blank" : "error.email_format");
            return forgotPage(model);
        }
        resets.request(address);
        return "redirect:/password/forgot?sent";
    }

    @GetMapping(value = "/reset", params = "token")
    String openLink(@RequestParam String token, HttpSession session, Model model, HttpServletResponse response) {
        if (resets.check(token).isEmpty()) {
            return invalid(response);
        }
        session.setAttribute(TOKEN, token);
        return "redirect:/password/reset";
    }

    @GetMapping("/reset")
    String resetForm(HttpSession session, Model model, HttpServletResponse response) {
        Optional<ResetLink> link = resets.check(token(session));
        if (link.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute(FORM, new PasswordForm());
        return resetPage(model, link.get());
    }

    @PostMapping("/reset")
    String reset(
            @ModelAttribute(FORM) PasswordForm form,
            BindingResult binding,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        String token = token(session);
        try {
            resets.complete(token, form.getNewPassword(), form.getConfirmPassword());
        } catch (InvalidInputException e) {
            Optional<ResetLink> link = resets.check(token);
            if (e.errorCode() == IdentityError.RESET_LINK_INVALID || link.isEmpty()) {
                session.removeAttribute(TOKEN);
                return invalid(response);
            }
            FormErrors.reject(binding, e.violations());
            return resetPage(model, link.get());
        }
        session.removeAttribute(TOKEN);
        return "redirect:/login?reset";
    }

    private String forgotPage(Model model) {
        model.addAttribute("validMinutes", properties.passwordReset().validity().toMinutes());
        return "identity/password-forgot";
    }

    private String resetPage(Model model, ResetLink link) {
        model.addAttribute("link", link);
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("maxLength", policy.maxLength());
        return "identity/password-reset";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "identity/password-reset-invalid";
    }

    private static String token(HttpSession session) {
        return session.getAttribute(TOKEN) instanceof String token ? token : null;
    }
}
