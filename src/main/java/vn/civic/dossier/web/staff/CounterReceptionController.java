package vn.civic.dossier.web.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.forms.DossierForms;
import vn.civic.dossier.forms.ReceiptSlips;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.EFormPage;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormInput;
import vn.civic.procedure.FormPrefill;
import vn.civic.procedure.FormValidator;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.RequiredDocument;

/**
 * Reception at the one-stop counter and by post: the clerk chooses one of the procedures the agency carries out,
 * enters the applicant (pre-filled from their account when one exists for the ID number), the e-form and, per
 * document, a file or the mark that it was received on paper; the dossier is accepted on receipt and its receipt
 * (form 01) is shown and can be printed. The form's one-time key makes a repeated submission return the same dossier.
 */
@Controller
@RequestMapping("/work/dossiers")
@PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
class CounterReceptionController {

    /** The "look up the applicant" button: re-renders the form filled from the applicant's account. */
    static final String LOOKUP = "_lookup";

    private final ProcedureCatalog catalog;
    private final DossierSubmission submission;
    private final DossierQueries queries;
    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final EFormPage eForms;
    private final FormPrefill prefill;
    private final FormValidator validator;
    private final ReceiptSlips receipts;
    private final DossierForms forms;

    CounterReceptionController(
            ProcedureCatalog catalog,
            DossierSubmission submission,
            DossierQueries queries,
            AccountDirectory accounts,
            OrgDirectory org,
            EFormPage eForms,
            FormPrefill prefill,
            FormValidator validator,
            ReceiptSlips receipts,
            DossierForms forms) {
        this.catalog = catalog;
        this.submission = submission;
        this.queries = queries;
        this.accounts = accounts;
        this.org = org;
        this.eForms = eForms;
        this.prefill = prefill;
        this.validator = validator;
        this.receipts = receipts;
        this.forms = forms;
    }

    /** What the clerk entered outside the e-form, with the fields marked. */
    record CounterForm(
            String procedure,
            String channel,
            String kind,
            String idNumber,
            String name,
            String phone,
            String email,
            Set<String> paper,
            String idempotencyKey,
            Map<String, FieldViolation> errors) {

        public FieldViolation error(String field) {
            return errors.get(field);
        }

        static CounterForm read(String procedure, Map<String, String[]> parameters) {
            Set<String> paper = new LinkedHashSet<>(List.of(parameters.getOrDefault("paper", new String[0])));
            return new CounterForm(
                    procedure,
                    first(parameters, "channel"),
                    first(parameters, "applicant.kind"),
                    first(parameters, "applicant.idNumber"),
                    first(parameters, "applicant.name"),
                    first(parameters, "applicant.phone"),
                    first(parameters, "applicant.email"),
                    paper,
                    first(parameters, "idempotencyKey"),
                    new HashMap<>());
        }

        CounterForm withApplicant(AccountView account) {
            return new CounterForm(
                    procedure,
                    channel,
                    kind,
                    idNumber,
                    account.fullName(),
                    account.phone(),
                    account.email(),
                    paper,
                    idempotencyKey,
                    errors);
        }

        private static String first(Map<String, String[]> parameters, String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }
    }

    /** Without a procedure: the search for one; with one: the empty reception form. */
    @GetMapping("/new")
    String start(
            @RequestParam(required = false) String procedure, @RequestParam(required = false) String q, Model model) {
        if (procedure == null || procedure.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("procedures", catalog.searchActive(q, agency().code()));
            return "dossier/staff/choose-procedure";
        }
        ProcedureView chosen = procedure(procedure);
        CounterForm form = new CounterForm(
                chosen.code(),
                Channel.IN_PERSON.name(),
                chosen.applicants().iterator().next().name(),
                null,
                null,
                null,
                null,
                Set.of(),
                UUID.randomUUID().toString(),
                new HashMap<>());
        return form(model, chosen, form, FormData.empty(), Set.of(), List.of(), null);
    }

    @PostMapping("/new")
    String receive(
            @RequestParam String procedure,
            MultipartHttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ProcedureView chosen = procedure(procedure);
        Map<String, String[]> parameters = request.getParameterMap();
        CounterForm form = CounterForm.read(chosen.code(), parameters);
        Optional<FormData> itemAction = FormInput.itemAction(chosen.form(), parameters);
        if (itemAction.isPresent()) {
            return form(model, chosen, form, itemAction.get(), Set.of(), List.of(), null);
        }
        FormData data = FormInput.read(chosen.form(), parameters);
        if (parameters.containsKey(LOOKUP)) {
            return lookup(model, chosen, form, data);
        }
        ApplicantKind kind = enumOf(ApplicantKind.class, form.kind());
        try {
            DossierView received = submission.receiveAtCounter(new CounterSubmission(
                    chosen.code(),
                    enumOf(Channel.class, form.channel()),
                    new ApplicantDetails(kind, form.name(), form.idNumber(), blank(form.phone()), blank(form.email())),
                    data,
                    uploads(chosen, request),
                    form.paper(),
                    form.idempotencyKey()));
            redirect.addFlashAttribute("notice", "dossier.staff.notice.received");
            redirect.addFlashAttribute("noticeName", received.code());
            return "redirect:/work/dossiers/" + received.id() + "/receipt";
        } catch (InvalidInputException e) {
            List<FieldViolation> eFormErrors = new ArrayList<>();
            for (FieldViolation v : e.violations()) {
                if (v.field().startsWith("applicant.")
                        || v.field().startsWith("document.")
                        || v.field().equals("channel")) {
                    form.errors().putIfAbsent(v.field(), v);
                } else {
                    eFormErrors.add(v);
                }
            }
            String problem = e.violations().isEmpty() ? e.errorCode().messageKey() : null;
            FormData shown = eFormErrors.isEmpty() ? data : validator.normalise(chosen.form(), data);
            return form(model, chosen, form, shown, Set.of(), eFormErrors, problem);
        } catch (ConflictException e) {
            return form(
                    model,
                    chosen,
                    form,
                    data,
                    Set.of(),
                    List.of(),
                    e.errorCode().messageKey());
        }
    }

    @GetMapping("/{id}/receipt")
    @PreAuthorize(StaffDossierController.STAFF)
    String receipt(@PathVariable long id, Model model) {
        DossierView dossier = queries.staffDossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("slip", receipts.of(dossier));
        return "dossier/staff/receipt";
    }

    @GetMapping("/{id}/receipt.pdf")
    @PreAuthorize(StaffDossierController.STAFF)
    ResponseEntity<byte[]> receiptPdf(@PathVariable long id) {
        DossierView dossier = queries.staffDossier(id);
        return StaffDossierController.pdf(forms.pdf(receipts.of(dossier)), "giay-tiep-nhan-" + dossier.code() + ".pdf");
    }

    /** Fills the applicant and the e-form from the account with the ID number, keeping what the clerk entered. */
    private String lookup(Model model, ProcedureView procedure, CounterForm form, FormData entered) {
        String number = form.idNumber() == null ? "" : form.idNumber().strip();
        Optional<AccountView> account = "BUSINESS".equals(form.kind())
                ? accounts.findByTaxCode(number)
                : accounts.findByPersonalIdNumber(number);
        if (account.isEmpty()) {
            model.addAttribute("lookup", "none");
            return form(model, procedure, form, entered, Set.of(), List.of(), null);
        }
        AccountView found = account.get();
        Map<String, String> known = new HashMap<>();
        put(known, "applicant.fullName", found.fullName());
        put(known, "applicant.personalIdNumber", found.personalIdNumber());
        put(known, "applicant.phone", found.phone());
        put(known, "applicant.email", found.email());
        FormPrefill.Prefilled filled = prefill.prefill(procedure.form(), known);
        Map<String, Object> values = new java.util.LinkedHashMap<>(filled.data().values());
        entered.values().forEach((name, value) -> {
            if (!(value instanceof String s) || !s.isBlank()) {
                values.put(name, value);
            }
        });
        model.addAttribute("lookup", "found");
        return form(
                model,
                procedure,
                form.withApplicant(found),
                new FormData(values),
                filled.prefilledFields(),
                List.of(),
                null);
    }

    private String form(
            Model model,
            ProcedureView procedure,
            CounterForm form,
            FormData data,
            Set<String> prefilled,
            List<FieldViolation> eFormErrors,
            String problem) {
        eForms.addTo(model, procedure.form(), data, prefilled, eFormErrors);
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute(
                "channels",
                procedure.channels().stream()
                        .map(t -> t.channel())
                        .filter(c -> c != Channel.ONLINE)
                        .toList());
        model.addAttribute("failed", problem != null || !form.errors().isEmpty() || !eFormErrors.isEmpty());
        model.addAttribute("problem", problem);
        return "dossier/staff/new";
    }

    private static List<AttachmentUpload> uploads(ProcedureView procedure, MultipartHttpServletRequest request) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (RequiredDocument document : procedure.documents()) {
            List<MultipartFile> files = request.getFiles("document." + document.code());
            uploads.addAll(StaffDossierController.uploads(files, document.code()));
        }
        return uploads;
    }

    private ProcedureView procedure(String code) {
        return catalog.searchActive(code, agency().code()).stream()
                .filter(p -> p.code().equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Procedure", code));
    }

    private AgencyView agency() {
        return CurrentActor.get()
                .map(a -> a.agencyId())
                .flatMap(org::findAgency)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not an official"));
    }

    private static void put(Map<String, String> known, String key, String value) {
        if (value != null && !value.isBlank()) {
            known.put(key, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
