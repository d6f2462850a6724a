package vn.civic.dossier.web.citizen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.ApologyView;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.dossier.DossierView.SupplementView;
import vn.civic.dossier.forms.Addresses;
import vn.civic.dossier.forms.DossierForms;
import vn.civic.dossier.forms.ReceiptSlips;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.storage.FileStorage;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.RequiredDocument;

/**
 * "Hồ sơ của tôi": the signed-in applicant's dossiers, each with its timeline, the data and files submitted, the
 * receipt (form 01), and what the applicant may do at that point: supplement, withdraw, rate the result. Another
 * applicant's dossier is not found.
 */
@Controller
@PreAuthorize("hasAuthority('SELF_SERVICE')")
class MyDossiersController {

    static final int PAGE_SIZE = 20;

    private static final Set<DossierStatus> RATEABLE = EnumSet.of(DossierStatus.FINISHED, DossierStatus.RETURNED);

    private final DossierQueries queries;
    private final DossierProcessing processing;
    private final ReceiptSlips slips;
    private final DossierForms forms;
    private final ProcedureCatalog catalog;
    private final Addresses addresses;
    private final FileStorage storage;

    MyDossiersController(
            DossierQueries queries,
            DossierProcessing processing,
            ReceiptSlips slips,
            DossierForms forms,
            ProcedureCatalog catalog,
            Addresses addresses,
            FileStorage storage) {
        this.queries = queries;
        this.processing = processing;
        this.slips = slips;
        this.forms = forms;
        this.catalog = catalog;
        this.addresses = addresses;
        this.storage = storage;
    }

    @GetMapping("/my/dossiers")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("dossiers", queries.myDossiers(Math.max(page, 0), PAGE_SIZE));
        return "dossier/citizen/list";
    }

    @GetMapping("/my/dossiers/{code}")
    String show(@PathVariable String code, Model model, Locale locale) {
        return detail(queries.myDossierByCode(code), model, locale, Map.of(), null);
    }

    @GetMapping("/my/dossiers/{code}/receipt")
    String receipt(@PathVariable String code, Model model) {
        DossierView dossier = queries.myDossierByCode(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("slip", slips.of(dossier));
        return "dossier/citizen/receipt";
    }

    @GetMapping("/my/dossiers/{code}/receipt.pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String code) {
        DossierView dossier = queries.myDossierByCode(code);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("phieu-tiep-nhan-" + dossier.code() + ".pdf"))
                .body(forms.pdf(slips.of(dossier)));
    }

    @GetMapping("/my/dossiers/{code}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachmentFile(@PathVariable String code, @PathVariable long attachmentId) {
        DossierView dossier = queries.myDossierByCode(code);
        DossierQueries.AttachmentContent file = queries.open(dossier.id(), attachmentId);
        return ResponseEntity.ok()
                .contentType(
                        file.contentType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM
                                : MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .body(new InputStreamResource(file.content()));
    }

    @PostMapping("/my/dossiers/{code}/supplement")
    String supplement(
            @PathVariable String code,
            @RequestParam long version,
            MultipartHttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        DossierView dossier = queries.myDossierByCode(code);
        Uploaded uploaded = Uploaded.of(request.getMultiFileMap(), storage);
        try {
            processing.supplement(dossier.id(), version, uploaded.uploads());
        } catch (CivicException e) {
            model.addAttribute("uploaded", uploaded);
            return detail(dossier, model, locale, byField(e), e);
        }
        redirect.addFlashAttribute("done", "supplemented");
        return redirectTo(dossier);
    }

    @GetMapping("/my/dossiers/{code}/withdraw")
    String withdrawConfirmation(@PathVariable String code, Model model) {
        DossierView dossier = queries.myDossierByCode(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("withdrawable", dossier.status().withdrawable());
        return "dossier/citizen/withdraw";
    }

    @PostMapping("/my/dossiers/{code}/withdraw")
    String withdraw(
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        DossierView dossier = queries.myDossierByCode(code);
        try {
            processing.withdraw(dossier.id(), version, reason);
        } catch (CivicException e) {
            model.addAttribute("dossier", dossier);
            model.addAttribute("withdrawable", dossier.status().withdrawable());
            model.addAttribute("reason", reason);
            model.addAttribute("errors", byField(e));
            model.addAttribute("generalError", e.violations().isEmpty() ? e : null);
            return "dossier/citizen/withdraw";
        }
        redirect.addFlashAttribute("done", "withdrawn");
        return redirectTo(dossier);
    }

    @PostMapping("/my/dossiers/{code}/rating")
    String rate(
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        DossierView dossier = queries.myDossierByCode(code);
        try {
            int value = score != null && score.matches("[1-5]") ? Integer.parseInt(score) : 0;
            processing.rate(dossier.id(), version, value, comment);
        } catch (CivicException e) {
            model.addAttribute("comment", comment);
            return detail(dossier, model, locale, byField(e), e);
        }
        redirect.addFlashAttribute("done", "rated");
        return redirectTo(dossier);
    }

    private String detail(
            DossierView dossier,
            Model model,
            Locale locale,
            Map<String, FieldViolation> errors,
            CivicException failure) {
        ProcedureView version =
                catalog.findVersion(dossier.procedureVersionId()).orElseThrow();
        Map<String, String> documentNames = new LinkedHashMap<>();
        version.documents().forEach(d -> documentNames.put(d.code(), d.name()));
        model.addAttribute("dossier", dossier);
        model.addAttribute("timeline", timeline(dossier));
        model.addAttribute("data", rows(version.form().fields(), dossier.data(), locale));
        model.addAttribute("documentNames", documentNames);
        model.addAttribute(
                "submitted",
                dossier.attachments().stream().filter(a -> !a.result()).toList());
        model.addAttribute(
                "results",
                dossier.attachments().stream().filter(a -> a.result()).toList());
        model.addAttribute("withdrawable", dossier.status().withdrawable());
        model.addAttribute("rateable", RATEABLE.contains(dossier.status()) && dossier.rating() == null);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "generalError", failure != null && failure.violations().isEmpty() ? failure : null);
        model.addAttribute("maxFileMegabytes", Uploaded.megabytes(storage));
        SupplementView open = dossier.openSupplement();
        if (open != null) {
            model.addAttribute(
                    "wanted",
                    open.documents().stream()
                            .map(c -> version.documents().stream()
                                    .filter(d -> d.code().equals(c))
                                    .findFirst()
                                    .orElse(new RequiredDocument(c, c, Set.of(), true, null)))
                            .toList());
        }
        return "dossier/citizen/show";
    }

    /**
     * One line of the timeline: a progress entry with, for a supplement request, what was asked, and for an apology,
     * its new date.
     */
    public record TimelineEntry(HistoryView entry, SupplementView supplement, ApologyView apology) {}

    private static List<TimelineEntry> timeline(DossierView dossier) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoryView h : dossier.history()) {
            SupplementView supplement = "supplement_requested".equals(h.action())
                    ? dossier.supplements().stream()
                            .filter(s -> Objects.equals(s.requestedAt(), h.at()))
                            .findFirst()
                            .orElse(null)
                    : null;
            ApologyView apology = h.action().startsWith("apology_")
                    ? dossier.apologies().stream()
                            .filter(a ->
                                    Objects.equals(a.proposedAt(), h.at()) || Objects.equals(a.decidedAt(), h.at()))
                            .findFirst()
                            .orElse(null)
                    : null;
            entries.add(new TimelineEntry(h, supplement, apology));
        }
        return entries;
    }

    /** A submitted value as read: its field's label and the value in words; a group's items as nested rows. */
    public record DataRow(String label, String value, List<List<DataRow>> items) {}

    private List<DataRow> rows(List<FormField> fields, FormData data, Locale locale) {
        List<DataRow> rows = new ArrayList<>();
        for (FormField field : fields) {
            if (field.type() == FieldType.GROUP) {
                List<List<DataRow>> items = data.items(field.name()).stream()
                        .map(item -> rows(field.fields(), new FormData(new LinkedHashMap<>(item)), locale))
                        .toList();
                if (!items.isEmpty()) {
                    rows.add(new DataRow(label(field, locale), null, items));
                }
            } else if (data.text(field.name()) != null) {
                rows.add(new DataRow(label(field, locale), text(field, data.text(field.name()), locale), List.of()));
            }
        }
        return rows;
    }

    private String text(FormField field, String value, Locale locale) {
        return switch (field.type()) {
            case CHOICE ->
                field.choices().stream()
                        .filter(c -> c.value().equals(value))
                        .findFirst()
                        .map(c -> english(locale) && c.labelEn() != null ? c.labelEn() : c.label())
                        .orElse(value);
            case ADDRESS -> addresses.text(value);
            case DATE ->
                value.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4)
                        : value;
            default -> value;
        };
    }

    private static String label(FormField field, Locale locale) {
        return english(locale) && field.labelEn() != null ? field.labelEn() : field.label();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static Map<String, FieldViolation> byField(CivicException e) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
        return errors;
    }

    private static String redirectTo(DossierView dossier) {
        return "redirect:/my/dossiers/" + UriUtils.encodePathSegment(dossier.code(), StandardCharsets.UTF_8);
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
