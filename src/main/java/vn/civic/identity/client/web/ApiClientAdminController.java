package vn.civic.identity.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.identity.client.ApiClientProperties;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiClientView;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * Machine clients for administrators: the list, registration, and each client's secret and API keys. A secret or
 * key is shown once, in the answer to the request that made it, and never stored in clear, not even in the session;
 * that page is marked {@code no-store}. Clients are city-wide, so the privilege is the only scope.
 */
@Controller
@RequestMapping("/admin/clients")
@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
class ApiClientAdminController {

    static final String FORM = "client";
    static final String KEY_FORM = "key";

    private final ApiClientRegistry registry;
    private final OrgDirectory org;
    private final ApiClientProperties properties;

    ApiClientAdminController(ApiClientRegistry registry, OrgDirectory org, ApiClientProperties properties) {
        this.registry = registry;
        this.org = org;
        this.properties = properties;
    }

    /** Messages of rejected fields are {@code apiclient.form.<code>}, also {@code apiclient.form.typeMismatch}. */
    @GetMapping
    String list(Model model) {
        List<ApiClientView> clients = registry.list();
        model.addAttribute("clients", clients);
        model.addAttribute("agencies", agencyNames(clients));
        return "identity/clients/list";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute(FORM, new ClientForm());
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) ClientForm form, BindingResult binding, Model model, HttpServletResponse response) {
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.command().violations());
            return form(model);
        }
        try {
            return credentials(registry.register(form.command()), model, response);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute(KEY_FORM, new KeyForm());
        return detail(registry.get(id), model);
    }

    @PostMapping("/{id}/secret")
    String rotateSecret(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response) {
        return credentials(registry.rotateSecret(id, version), model, response);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        ApiClientView revoked = registry.revoke(id, version);
        return done(redirect, "apiclient.notice.revoked", revoked.clientId(), id);
    }

    @PostMapping("/{id}/keys")
    String issueKey(
            @PathVariable long id,
            @ModelAttribute(KEY_FORM) KeyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        ApiClientView client = registry.get(id);
        if (binding.hasErrors()) {
            return detail(client, model);
        }
        try {
            return credentials(registry.issueKey(id, form.getExpiresOn()), model, response);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return detail(client, model);
        }
    }

    @PostMapping("/{id}/keys/{keyId}/rotate")
    String rotateKey(@PathVariable long id, @PathVariable long keyId, Model model, HttpServletResponse response) {
        return credentials(registry.rotateKey(id, keyId), model, response);
    }

    @PostMapping("/{id}/keys/{keyId}/revoke")
    String revokeKey(@PathVariable long id, @PathVariable long keyId, RedirectAttributes redirect) {
        var key = registry.revokeKey(id, keyId);
        return done(redirect, "apiclient.notice.key-revoked", key.displayPrefix(), id);
    }

    private String form(Model model) {
        model.addAttribute("agencies", org.activeAgencies());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("issuers", properties.trustedIssuers());
        return "identity/clients/form";
    }

    private String detail(ApiClientView client, Model model) {
        model.addAttribute("c", client);
        model.addAttribute("agency", org.findAgency(client.agencyId()).orElse(null));
        model.addAttribute("keys", registry.keysOf(client.id()));
        model.addAttribute("issuerName", issuerName(client.externalIssuer()));
        return "identity/clients/detail";
    }

    private String credentials(IssuedCredential issued, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("c", issued.client());
        return "identity/clients/credentials";
    }

    private static String done(RedirectAttributes redirect, String noticeKey, String subject, long id) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeSubject", subject);
        return "redirect:/admin/clients/" + id;
    }

    private Map<Long, String> agencyNames(List<ApiClientView> clients) {
        return clients.stream()
                .map(ApiClientView::agencyId)
                .distinct()
                .map(org::findAgency)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }

    private String issuerName(String issuer) {
        return issuer == null
                ? null
                : properties.trustedIssuers().stream()
                        .filter(t -> t.issuer().equals(issuer))
                        .map(ApiClientProperties.TrustedIssuer::name)
                        .findFirst()
                        .orElse(issuer);
    }
}
