package vn.civic.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.password.PasswordPolicy;
import vn.civic.identity.password.Passwords;
import vn.civic.identity.security.CivicPrincipal;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.web.FormErrors;

/**
 * The signed-in person's own account: what is recorded about them and the form to change their password. Every kind
 * of account has it, so signing in is the only condition; the page shows only the caller's own account.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

    static final String FORM = "password";

    private final Accounts accounts;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final OrgDirectory org;

    AccountController(Accounts accounts, Passwords passwords, PasswordPolicy policy, OrgDirectory org) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.org = org;
    }

    @GetMapping
    String profile(Model model) {
        model.addAttribute(FORM, new PasswordForm());
        return page(model);
    }

    @PostMapping("/password")
    String changePassword(
            @ModelAttribute(FORM) PasswordForm form,
            BindingResult binding,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        try {
            passwords.change(
                    self().id(),
                    form.getCurrentPassword(),
                    form.getNewPassword(),
                    form.getConfirmPassword(),
                    session.getId());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return page(model);
        }
        redirect.addFlashAttribute("notice", "identity.account.password.changed");
        return "redirect:/account";
    }

    private String page(Model model) {
        Account account = self();
        var view = account.view();
        model.addAttribute("account", view);
        model.addAttribute("roles", account.roles());
        model.addAttribute(
                "agency",
                view.agencyId() == null
                        ? null
                        : org.findAgency(view.agencyId()).map(AgencyView::name).orElse(null));
        model.addAttribute(
                "department",
                view.departmentId() == null
                        ? null
                        : org.findDepartment(view.departmentId())
                                .map(DepartmentView::name)
                                .orElse(null));
        model.addAttribute(
                "position",
                view.positionId() == null
                        ? null
                        : org.findPosition(view.positionId()).orElse(null));
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("maxLength", policy.maxLength());
        return "identity/account";
    }

    /** The account of the signed-in person; another kind of actor (an API client) has none. */
    private Account self() {
        return CurrentActor.get()
                .filter(CivicPrincipal.class::isInstance)
                .map(actor -> ((CivicPrincipal) actor).accountId())
                .flatMap(accounts::findById)
                .orElseThrow(() -> NotFoundException.of("Account", null));
    }
}
