package vn.civic.feedback.routing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.routing.RoutingAdministration;
import vn.civic.feedback.routing.RoutingDesk;
import vn.civic.feedback.routing.RoutingTarget;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;
import vn.civic.platform.web.FormErrors;

/**
 * The routing rules of citizen feedback ({@code /admin/feedback/routing}): everyone holding {@code FEEDBACK_ROUTE}
 * reads them; the routing desk's staff add and remove rules through a form whose refused fields come back marked.
 */
@Controller
@RequestMapping(RoutingRuleController.PATH)
@PreAuthorize("hasAuthority('FEEDBACK_ROUTE')")
class RoutingRuleController {

    static final String PATH = "/admin/feedback/routing";
    static final String FORM = "form";

    private final RoutingAdministration administration;
    private final RoutingDesk desk;
    private final FeedbackCategories categories;
    private final OrgDirectory org;

    RoutingRuleController(
            RoutingAdministration administration, RoutingDesk desk, FeedbackCategories categories, OrgDirectory org) {
        this.administration = administration;
        this.desk = desk;
        this.categories = categories;
        this.org = org;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute(FORM, new RoutingRuleForm());
        return page(model, false);
    }

    @PostMapping
    String add(
            @ModelAttribute(FORM) RoutingRuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, true);
        }
        try {
            administration.add(form.command());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return page(model, true);
        }
        redirect.addFlashAttribute("notice", "feedback.routing.added");
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/deletion")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        administration.delete(id);
        redirect.addFlashAttribute("notice", "feedback.routing.deleted");
        return "redirect:" + PATH;
    }

    private String page(Model model, boolean refused) {
        model.addAttribute("rules", administration.rules());
        model.addAttribute("mayEdit", administration.mayEdit());
        model.addAttribute("desk", desk.agency());
        model.addAttribute("categories", categories.active());
        model.addAttribute(
                "categoryNames",
                categories.active().stream()
                        .collect(java.util.stream.Collectors.toMap(FeedbackCategory::code, c -> c)));
        model.addAttribute("units", units());
        model.addAttribute("agencies", org.activeAgencies());
        model.addAttribute("targets", RoutingTarget.values());
        model.addAttribute("refused", refused);
        return "feedback/routing";
    }

    /** Each province with its current units, for a grouped picker. */
    private Map<AdministrativeUnitView, List<AdministrativeUnitView>> units() {
        Map<AdministrativeUnitView, List<AdministrativeUnitView>> units = new java.util.LinkedHashMap<>();
        for (AdministrativeUnitView province : org.currentUnitsUnder(null)) {
            units.put(province, new ArrayList<>(org.currentUnitsUnder(province.id())));
        }
        return units;
    }

    @Configuration(proxyBeanMethods = false)
    static class RoutingWebConfig {

        @Bean
        AdminSection feedbackRoutingAdminSection() {
            return new AdminSection(
                    "feedback.routing.title", "feedback.routing.description", PATH, Privilege.FEEDBACK_ROUTE, 60);
        }
    }
}
