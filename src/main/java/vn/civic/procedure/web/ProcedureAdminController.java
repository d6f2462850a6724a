package vn.civic.procedure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.AgencyKind;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument.CopyKind;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.procedure.domain.ProcedureEditor.ProcedureDetails;
import vn.civic.procedure.domain.ProcedureJson;
import vn.civic.procedure.domain.ProcedureQuery;

/**
 * The catalogue for its administrators: the list with its search, a procedure with its status and history, the form
 * that saves a new version, suspension and reactivation with a reason, JSON export and import. The catalogue is the
 * city's, so the privilege is the only check.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedureAdminController {

    static final String FORM = "form";
    static final int PAGE_SIZE = 20;

    private final ProcedureEditor editor;
    private final ProcedureJson json;
    private final ProcedurePages pages;

    ProcedureAdminController(ProcedureEditor editor, ProcedureJson json, ProcedurePages pages) {
        this.editor = editor;
        this.json = json;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "procedures",
                editor.search(new ProcedureQuery(q, null, null, null, null, null), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q);
        return "procedure/admin/list";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        ProcedureDetails details = editor.get(code);
        model.addAttribute("details", details);
        model.addAttribute("procedure", details.procedure());
        model.addAttribute("agencies", pages.agenciesOf(details.procedure()));
        return "procedure/admin/show";
    }

    @GetMapping("/new")
    String newProcedure(Model model) {
        model.addAttribute(FORM, ProcedureForm.blank(json));
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute(FORM) ProcedureForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            ProcedureDetails created = editor.create(form.document(json));
            return saved(redirect, "procedure.notice.created", created);
        } catch (InvalidInputException e) {
            reject(binding, form, e);
            return form(model, null);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        ProcedureDetails details = editor.get(code);
        model.addAttribute(FORM, ProcedureForm.of(details.procedure(), details.rowVersion(), json));
        return form(model, details);
    }

    /** Saves a new version; a form started from an older one answers with the conflict page and changes nothing. */
    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute(FORM) ProcedureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDetails stored = editor.get(code);
        if (binding.hasErrors()) {
            return form(model, stored);
        }
        form.setCode(code);
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            return saved(redirect, "procedure.notice.updated", editor.update(code, version, form.document(json)));
        } catch (InvalidInputException e) {
            reject(binding, form, e);
            return form(model, stored);
        }
    }

    @PostMapping("/{code}/suspension")
    String suspend(
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return transition(code, redirect, "procedure.notice.suspended", () -> editor.suspend(code, version, reason));
    }

    @PostMapping("/{code}/reactivation")
    String reactivate(
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return transition(
                code, redirect, "procedure.notice.reactivated", () -> editor.reactivate(code, version, reason));
    }

    @GetMapping("/{code}/versions")
    String history(@PathVariable String code, Model model) {
        model.addAttribute("details", editor.get(code));
        model.addAttribute("versions", editor.history(code));
        return "procedure/admin/history";
    }

    @GetMapping("/{code}/versions/{number}")
    String version(@PathVariable String code, @PathVariable int number, Model model) {
        ProcedureView version = editor.version(code, number);
        model.addAttribute("procedure", version);
        model.addAttribute("agencies", pages.agenciesOf(version));
        return "procedure/admin/version";
    }

    @GetMapping("/{code}/export")
    ResponseEntity<String> exportOne(@PathVariable String code) {
        return download(
                "thu-tuc-" + code + ".json",
                json.writeReadable(ProcedureDocument.of(editor.get(code).procedure())));
    }

    @GetMapping("/export")
    ResponseEntity<String> exportAll() {
        return download("danh-muc-thu-tuc.json", json.writeReadable(editor.exportAll()));
    }

    @GetMapping("/import")
    String importForm() {
        return "procedure/admin/import";
    }

    /** Imports one document or an array; the whole file is checked before anything is written. */
    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(
                        List.of(vn.civic.procedure.domain.ProcedureRules.violation("file", "import_empty")));
            }
            List<ProcedureDocument> documents =
                    json.readFile(new String(file.getBytes(), StandardCharsets.UTF_8), "file");
            model.addAttribute("outcome", editor.importAll(documents));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return "procedure/admin/import";
    }

    private String transition(
            String code,
            RedirectAttributes redirect,
            String notice,
            java.util.function.Supplier<ProcedureDetails> change) {
        try {
            return saved(redirect, notice, change.get());
        } catch (ConflictException e) {
            if (e.errorCode() == CommonError.CONCURRENT_MODIFICATION) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.errorCode().messageKey());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "procedure.status.reason.required");
        }
        return "redirect:/admin/procedures/" + code;
    }

    private static void reject(BindingResult binding, ProcedureForm form, InvalidInputException e) {
        FormErrors.reject(binding, e.violations().stream().map(form::onForm).toList());
    }

    private String form(Model model, ProcedureDetails editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("serviceLevels", ServiceLevel.values());
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("feeBases", vn.civic.procedure.Fee.Basis.values());
        model.addAttribute("units", ProcessingTime.Unit.values());
        model.addAttribute("copyKinds", CopyKind.values());
        model.addAttribute("stepKinds", StepKind.values());
        model.addAttribute("targets", AgencyTarget.values());
        model.addAttribute("agencyKinds", AgencyKind.values());
        return "procedure/admin/form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, ProcedureDetails details) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeName", details.procedure().name());
        return "redirect:/admin/procedures/" + details.procedure().code();
    }

    private static ResponseEntity<String> download(String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
