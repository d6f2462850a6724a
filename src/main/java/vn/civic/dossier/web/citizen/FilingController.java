package vn.civic.dossier.web.citizen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.civic.dossier.ApplicantData;
import vn.civic.dossier.DocumentReuse;
import vn.civic.dossier.DossierDrafts;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.dossier.PersonalDataStore;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.storage.FileStorage;
import vn.civic.procedure.Channel;
import vn.civic.procedure.EFormPage;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormInput;
import vn.civic.procedure.FormPrefill;
import vn.civic.procedure.FormValidator;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;

/**
 * Filing a dossier online: the procedure's terms, the receiving agency, the e-form pre-filled from what the platform
 * knows (once-only) or resumed from the draft, a file input per document, "save draft" and "submit". Works without
 * JavaScript: the group buttons, a refused submission and a saved draft all show the page again with the data kept.
 */
@Controller
@PreAuthorize("hasAuthority('SELF_SERVICE')")
class FilingController {

    static final String PAGE = "dossier/citizen/new";

    /** The inputs naming a stored file to reuse for a required document, by document code. */
    static final String REUSE_PREFIX = "reuse.";

    private static final String REUSE_ATTRIBUTE = "reuseChoices";

    /** The e-form's inputs are named {@code f.<field>}; other violations belong to the page's own inputs. */
    private static final String FORM_FIELD_PREFIX = "f.";

    private final ProcedureCatalog catalog;
    private final OrgDirectory org;
    private final ApplicantData applicantData;
    private final FormPrefill prefill;
    private final FormValidator validator;
    private final EFormPage eFormPage;
    private final DossierDrafts drafts;
    private final DossierSubmission submission;
    private final FileStorage storage;
    private final PersonalDataStore store;

    FilingController(
            ProcedureCatalog catalog,
            OrgDirectory org,
            ApplicantData applicantData,
            FormPrefill prefill,
            FormValidator validator,
            EFormPage eFormPage,
            DossierDrafts drafts,
            DossierSubmission submission,
            FileStorage storage,
            PersonalDataStore store) {
        this.catalog = catalog;
        this.org = org;
        this.applicantData = applicantData;
        this.prefill = prefill;
        this.validator = validator;
        this.eFormPage = eFormPage;
        this.drafts = drafts;
        this.submission = submission;
        this.storage = storage;
        this.store = store;
    }

    @GetMapping("/dossiers/new")
    String form(@RequestParam(name = "procedure") String code, Model model) {
        ProcedureView procedure = onlineProcedure(code);
        Map<String, String> known = applicantData.known();
        FormPrefill.Prefilled filled = prefill.prefill(procedure.form(), known);
        var draft = drafts.find(procedure.code());
        FormData data = draft.map(DossierDrafts.DraftView::data).orElse(filled.data());
        draft.ifPresent(d -> model.addAttribute("draftSavedAt", d.savedAt()));
        List<AgencyView> agencies = agencies(procedure);
        eFormPage.addTo(model, procedure.form(), data, stillPrefilled(filled, data), List.of());
        return page(
                model,
                procedure,
                agencies,
                preselected(agencies, known.get("applicant.address")),
                UUID.randomUUID().toString(),
                null,
                List.of());
    }

    @PostMapping("/dossiers/new")
    String submit(
            @RequestParam(name = "procedure") String code,
            @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String idempotencyKey,
            @RequestParam(required = false) String action,
            MultipartHttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ProcedureView procedure = onlineProcedure(code);
        Map<String, String[]> parameters = request.getParameterMap();
        Uploaded uploaded = Uploaded.of(request.getMultiFileMap(), storage);
        Map<String, Long> reuse = reuseChoices(procedure, parameters);
        model.addAttribute(REUSE_ATTRIBUTE, reuse);
        Long agency = agencyId == null || !agencyId.matches("\\d{1,18}") ? null : Long.valueOf(agencyId);
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey;
        // what the platform knows is read only when the form is shown again, not for a submission that succeeds
        Supplier<FormPrefill.Prefilled> filled = () -> prefill.prefill(procedure.form(), applicantData.known());

        var itemAction = FormInput.itemAction(procedure.form(), parameters);
        if (itemAction.isPresent()) {
            FormData data = itemAction.get();
            eFormPage.addTo(model, procedure.form(), data, stillPrefilled(filled.get(), data), List.of());
            return page(model, procedure, agencies(procedure), agency, key, uploaded, List.of());
        }
        FormData data = validator.normalise(procedure.form(), FormInput.read(procedure.form(), parameters));
        if ("draft".equals(action)) {
            drafts.save(procedure.code(), data);
            redirect.addFlashAttribute("draftSaved", true);
            redirect.addFlashAttribute("filesNotKept", uploaded.names());
            return "redirect:/dossiers/new?procedure=" + UriUtils.encodeQueryParam(procedure.code(), "UTF-8");
        }
        // a file uploaded for a document replaces the stored one chosen for it
        List<DocumentReuse> reused = reuse.entrySet().stream()
                .filter(e -> uploaded.of(e.getKey()).isEmpty())
                .map(e -> new DocumentReuse(e.getKey(), e.getValue()))
                .toList();
        List<FieldViolation> violations = new ArrayList<>();
        String general = null;
        Object[] generalArgs = new Object[0];
        if (agency == null) {
            violations.add(new FieldViolation("agencyId", "required", "citizen.new.agency.required"));
        } else {
            try {
                DossierView dossier = submission.submitOnline(
                        new OnlineSubmission(procedure.code(), agency, data, uploaded.uploads(), reused, key));
                return "redirect:/my/dossiers/" + UriUtils.encodePathSegment(dossier.code(), "UTF-8") + "/receipt";
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                if (e.violations().isEmpty()) {
                    general = "error." + e.errorCode().code();
                    generalArgs = e.args();
                }
            } catch (ConflictException e) {
                general = "error." + e.errorCode().code();
                generalArgs = e.args();
            }
        }
        if (agency == null) {
            // the agency is missing: show the form's and the files' own problems too
            violations.addAll(validator.validate(procedure.form(), data));
        }
        List<FieldViolation> formErrors = violations.stream()
                .filter(v -> v.field() != null && v.field().startsWith(FORM_FIELD_PREFIX))
                .toList();
        eFormPage.addTo(model, procedure.form(), data, stillPrefilled(filled.get(), data), formErrors);
        model.addAttribute("failed", true);
        model.addAttribute("formErrorCount", formErrors.size());
        model.addAttribute("generalError", general);
        model.addAttribute("generalErrorArgs", generalArgs);
        return page(
                model,
                procedure,
                agencies(procedure),
                agency,
                key,
                uploaded,
                violations.stream().filter(v -> !formErrors.contains(v)).toList());
    }

    private String page(
            Model model,
            ProcedureView procedure,
            List<AgencyView> agencies,
            Long agencyId,
            String idempotencyKey,
            Uploaded uploaded,
            List<FieldViolation> otherErrors) {
        Map<String, FieldViolation> documentErrors = new LinkedHashMap<>();
        FieldViolation agencyError = null;
        for (FieldViolation v : otherErrors) {
            if (v.field() != null && v.field().startsWith(Uploaded.INPUT_PREFIX)) {
                documentErrors.putIfAbsent(v.field().substring(Uploaded.INPUT_PREFIX.length()), v);
            } else if ("agencyId".equals(v.field())) {
                agencyError = v;
            }
        }
        List<PersonalDataStore.StoredDocument> stored = store.mine();
        @SuppressWarnings("unchecked")
        Map<String, Long> reuse = (Map<String, Long>) model.getAttribute(REUSE_ATTRIBUTE);
        List<DocumentInput> documents = procedure.documents().stream()
                .map(d -> new DocumentInput(
                        d,
                        documentErrors.get(d.code()),
                        uploaded == null ? List.of() : uploaded.of(d.code()),
                        options(stored, d.code()),
                        reuse == null ? suggested(stored, d.code()) : reuse.get(d.code())))
                .toList();
        boolean failed = Boolean.TRUE.equals(model.getAttribute("failed"));
        model.addAttribute("procedure", procedure);
        model.addAttribute("terms", procedure.terms(Channel.ONLINE).orElseThrow());
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencyError", agencyError);
        model.addAttribute("documents", documents);
        model.addAttribute("chosenAgain", failed && documents.stream().anyMatch(DocumentInput::chooseAgain));
        model.addAttribute("idempotencyKey", idempotencyKey);
        model.addAttribute("maxFileMegabytes", Uploaded.megabytes(storage));
        return PAGE;
    }

    /**
     * A required document's input as shown again: its error from the dossier core, and the files chosen last time,
     * each with its own problem or with the note that it must be chosen again (browsers never re-send a file).
     */
    public record DocumentInput(
            vn.civic.procedure.RequiredDocument document,
            FieldViolation error,
            List<Uploaded.ChosenFile> chosen,
            List<PersonalDataStore.StoredDocument> stored,
            Long reuse) {

        public boolean invalid() {
            return error != null || chosen.stream().anyMatch(Uploaded.ChosenFile::refused);
        }

        public boolean chooseAgain() {
            return !chosen.isEmpty();
        }

        /** The element ids describing the input: its hint, and its error or note when it has one. */
        public String describedBy() {
            String id = "document-" + document.code();
            return id + "-hint" + (invalid() || chooseAgain() ? " " + id + "-error" : "");
        }
    }

    /**
     * The store's files offered for a required document: those filed or issued as the same document first, then the
     * rest, each newest first.
     */
    private static List<PersonalDataStore.StoredDocument> options(
            List<PersonalDataStore.StoredDocument> stored, String documentCode) {
        return stored.stream()
                .sorted(java.util.Comparator.comparing((PersonalDataStore.StoredDocument s) ->
                        !s.documentCode().equals(documentCode)))
                .toList();
    }

    /** Once-only: the newest stored file filed or issued as the same document is chosen unless the applicant says no. */
    private static Long suggested(List<PersonalDataStore.StoredDocument> stored, String documentCode) {
        return stored.stream()
                .filter(s -> s.documentCode().equals(documentCode))
                .map(PersonalDataStore.StoredDocument::attachmentId)
                .findFirst()
                .orElse(null);
    }

    /** The stored files chosen in the {@code reuse.<document code>} inputs; "none" and anything not a number skipped. */
    private static Map<String, Long> reuseChoices(ProcedureView procedure, Map<String, String[]> parameters) {
        Map<String, Long> chosen = new LinkedHashMap<>();
        for (var document : procedure.documents()) {
            String[] values = parameters.get(REUSE_PREFIX + document.code());
            if (values != null && values.length > 0 && values[0].matches("\\d{1,18}")) {
                chosen.put(document.code(), Long.valueOf(values[0]));
            }
        }
        return chosen;
    }

    private ProcedureView onlineProcedure(String code) {
        ProcedureView procedure = catalog.findByCode(code).orElseThrow(() -> NotFoundException.of("Procedure", code));
        if (!procedure.active()) {
            throw new ConflictException(vn.civic.dossier.DossierError.PROCEDURE_NOT_ACTIVE);
        }
        if (procedure.terms(Channel.ONLINE).isEmpty()) {
            throw new InvalidInputException(vn.civic.dossier.DossierError.CHANNEL_NOT_OFFERED, List.of());
        }
        return procedure;
    }

    /**
     * The active agencies that carry out the procedure: those it names, or every People's Committee of its level (the
     * rule the dossier core applies at filing).
     */
    private List<AgencyView> agencies(ProcedureView procedure) {
        if (!procedure.agencyCodes().isEmpty()) {
            return procedure.agencyCodes().stream()
                    .map(org::findAgencyByCode)
                    .flatMap(java.util.Optional::stream)
                    .filter(AgencyView::active)
                    .toList();
        }
        return org.activeAgencies().stream()
                .filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.administrativeUnitId() != null)
                .filter(a -> org.findUnit(a.administrativeUnitId())
                        .filter(u -> u.levelCode().equals(procedure.levelCode()))
                        .isPresent())
                .toList();
    }

    /** The only agency, or the only one serving the applicant's known address; otherwise none. */
    private Long preselected(List<AgencyView> agencies, String knownAddress) {
        if (agencies.size() == 1) {
            return agencies.getFirst().id();
        }
        // an address value is "<unit id>|<street>"
        String unit = knownAddress == null ? "" : knownAddress.split("\\|", 2)[0];
        if (!unit.matches("\\d{1,18}")) {
            return null;
        }
        Set<Long> path = new HashSet<>();
        org.unitPath(Long.parseLong(unit)).forEach(u -> path.add(u.id()));
        List<AgencyView> serving = agencies.stream()
                .filter(a -> path.contains(a.administrativeUnitId()))
                .toList();
        return serving.size() == 1 ? serving.getFirst().id() : null;
    }

    /** The pre-filled fields whose value the applicant has not changed. */
    private static Set<String> stillPrefilled(FormPrefill.Prefilled filled, FormData data) {
        Set<String> still = new HashSet<>();
        for (String field : filled.prefilledFields()) {
            if (!field.contains("[") && Objects.equals(filled.data().text(field), data.text(field))) {
                still.add(field);
            }
        }
        return still;
    }
}
