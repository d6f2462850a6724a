package vn.civic.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.StaffReport;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.FormErrors;

/**
 * What the staff report page and its actions share, whether the queue's or the routing desk's controller serves them:
 * the page's model with an empty form for each action the caller may take, and running an action (a redirect with a
 * notice; the page with the refused field marked; a notice of a refused step when the report moved on meanwhile).
 */
@Component
class StaffFeedbackSupport {

    /** The forms of the report page, by model name. */
    static final Map<String, Supplier<Object>> FORMS = Map.of(
            "acknowledgeForm", HandlerForm::new,
            "handlerForm", HandlerForm::new,
            "returnForm", ReasonForm::new,
            "answerForm", AnswerForm::new,
            "routeForm", RouteForm::new,
            "mergeForm", MergeForm::new,
            "hideForm", ReasonForm::new,
            "photoForm", PhotoHideForm::new);

    private final FeedbackReports reports;
    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final StaffFeedbackPages pages;
    private final FeedbackCategories categories;

    StaffFeedbackSupport(
            FeedbackReports reports,
            AccountDirectory accounts,
            OrgDirectory org,
            StaffFeedbackPages pages,
            FeedbackCategories categories) {
        this.reports = reports;
        this.categories = categories;
        this.accounts = accounts;
        this.org = org;
        this.pages = pages;
    }

    /** True for the routing desk's staff, {@link StaffFeedbackPages#atDesk()}. */
    boolean atDesk() {
        return pages.atDesk();
    }

    /** Staff of the caller's agency who may handle feedback, by name: the handlers a report can be given to. */
    List<AccountView> handlersOfMyAgency() {
        Long agencyId = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        if (agencyId == null) {
            return List.of();
        }
        return accounts.activeStaffOf(agencyId).stream()
                .filter(a -> a.privileges().contains(Privilege.FEEDBACK_HANDLE))
                .toList();
    }

    /** The report's page: everything staff may see, and the forms of the actions open to the caller now. */
    String detail(String code, Model model) {
        StaffReport report = reports.staffReport(code);
        model.addAttribute("report", report);
        model.addAttribute("pub", report.publicView());
        model.addAttribute("attributes", attributeLines(report, LocaleContextHolder.getLocale()));
        FORMS.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form.get());
            }
        });
        ReportStatus status = report.status();
        boolean handles = report.mayAct() && CurrentActor.has(Privilege.FEEDBACK_HANDLE);
        boolean working = status == ReportStatus.IN_PROGRESS || status == ReportStatus.REOPENED;
        model.addAttribute("canAcknowledge", handles && status == ReportStatus.ROUTED);
        model.addAttribute("canAssign", handles && working);
        model.addAttribute("canAnswer", handles && working);
        model.addAttribute("canReturn", handles && (status == ReportStatus.ROUTED || working));
        boolean routes = atDesk();
        model.addAttribute("canRoute", routes && status.isOpen());
        model.addAttribute("canMerge", routes && status.isOpen());
        model.addAttribute("canHide", routes && status != ReportStatus.HIDDEN);
        model.addAttribute(
                "handlers", handles && (status == ReportStatus.ROUTED || working) ? handlersOfMyAgency() : List.of());
        model.addAttribute("agencies", routes ? routableAgencies() : List.of());
        return "feedback/work/report";
    }

    /** The report's answers to its category's questions, each with the question in the reader's language. */
    private List<AttributeLine> attributeLines(StaffReport report, Locale locale) {
        Map<String, FeedbackAttribute> questions = new LinkedHashMap<>();
        categories
                .find(report.publicView().categoryCode())
                .ifPresent(c -> c.attributes().forEach(a -> questions.put(a.code(), a)));
        List<AttributeLine> lines = new ArrayList<>();
        report.attributes().forEach((code, values) -> {
            FeedbackAttribute question = questions.get(code);
            List<String> shown = values.stream()
                    .map(v -> question == null
                            ? v
                            : question.values().stream()
                                    .filter(x -> x.key().equals(v))
                                    .map(x -> "en".equals(locale.getLanguage()) && x.nameEn() != null
                                            ? x.nameEn()
                                            : x.nameVi())
                                    .findFirst()
                                    .orElse(v))
                    .toList();
            lines.add(new AttributeLine(code, question == null ? code : question.description(locale), shown));
        });
        return lines;
    }

    private List<AgencyView> routableAgencies() {
        return org.activeAgencies();
    }

    /**
     * Runs an action of the report's page.
     *
     * @param fallbackField the form's field that carries a refusal naming no field of the form
     */
    String act(
            String code,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String notice,
            String fallbackField,
            Runnable action) {
        String page = "redirect:/work/feedback/" + code;
        if (!binding.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", notice);
                return page;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, onFormFields(binding, e.violations(), fallbackField));
                if (!binding.hasErrors()) {
                    binding.rejectValue(fallbackField, e.errorCode().messageKey(), e.args(), null);
                }
            } catch (CivicException e) {
                if (e.errorCode().status() != HttpStatus.BAD_REQUEST) {
                    if (e.errorCode().status() == HttpStatus.NOT_FOUND) {
                        throw e;
                    }
                    redirect.addFlashAttribute("problem", e.errorCode().messageKey());
                    return page;
                }
                binding.rejectValue(fallbackField, e.errorCode().messageKey(), e.args(), null);
            }
        }
        model.addAttribute("failed", binding.getObjectName());
        return detail(code, model);
    }

    /** A violation of a field the form does not have (the service's name for it) lands on the form's own field. */
    private static List<FieldViolation> onFormFields(
            BindingResult binding, List<FieldViolation> violations, String fallbackField) {
        BeanWrapperImpl form = new BeanWrapperImpl(binding.getTarget());
        return violations.stream()
                .map(v -> {
                    String field = v.field() == null ? "" : v.field();
                    // evidence[2] is marked on the file input, evidence
                    String base = field.replaceFirst("[\\[.].*$", "");
                    if (!base.isEmpty() && form.isReadableProperty(base)) {
                        return base.equals(field) ? v : new FieldViolation(base, v.code(), v.messageKey(), v.args());
                    }
                    String target = (field.startsWith("evidence") || field.startsWith("photos"))
                                    && form.isReadableProperty("evidence")
                            ? "evidence"
                            : fallbackField;
                    return new FieldViolation(target, v.code(), v.messageKey(), v.args());
                })
                .toList();
    }
}
