package vn.civic.dossier.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.InboxFilter;
import vn.civic.dossier.forms.Addresses;
import vn.civic.dossier.forms.DossierForms;
import vn.civic.dossier.forms.ProcessControlSlips;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ResultDocument;

/**
 * The officials' dossier pages: the inbox of the dossiers waiting for them, with batch acceptance and assignment; a
 * dossier's page with its data, files, history and the action forms its status and step allow the official; the
 * process-control slip (form 06). Every action names the version the page showed and answers with a redirect and a
 * notice (a stale page gets the conflict notice and changes nothing); a refused field comes back marked.
 */
@Controller
@RequestMapping("/work/dossiers")
@PreAuthorize(StaffDossierController.STAFF)
class StaffDossierController {

    /** The staff workspace and any dossier privilege. */
    static final String STAFF = "hasAuthority('WORKSPACE_ACCESS') and hasAnyAuthority('DOSSIER_RECEIVE',"
            + " 'DOSSIER_PROCESS', 'DOSSIER_ASSIGN', 'DOSSIER_APPROVE')";

    static final int PAGE_SIZE = 20;
    static final String CONFLICT = "dossier.staff.conflict";

    private final DossierQueries queries;
    private final DossierProcessing processing;
    private final ProcedureCatalog catalog;
    private final AccountDirectory accounts;
    private final Addresses addresses;
    private final ProcessControlSlips controlSlips;
    private final DossierForms forms;
    private final WorkingCalendar calendar;
    private final Clock clock;

    StaffDossierController(
            DossierQueries queries,
            DossierProcessing processing,
            ProcedureCatalog catalog,
            AccountDirectory accounts,
            Addresses addresses,
            ProcessControlSlips controlSlips,
            DossierForms forms,
            WorkingCalendar calendar,
            Clock clock) {
        this.queries = queries;
        this.processing = processing;
        this.catalog = catalog;
        this.accounts = accounts;
        this.addresses = addresses;
        this.controlSlips = controlSlips;
        this.forms = forms;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---- inbox

    /**
     * @param status national status codes to show; none for every status a dossier waits in
     * @param q a dossier code, personal ID number or tax code, or words of the applicant's name
     */
    @GetMapping
    String inbox(
            @RequestParam(required = false) List<Integer> status,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Set<DossierStatus> statuses = new LinkedHashSet<>();
        if (status != null) {
            for (DossierStatus s : DossierStatus.values()) {
                if (status.contains(s.code())) {
                    statuses.add(s);
                }
            }
        }
        model.addAttribute("items", queries.inbox(new InboxFilter(statuses, procedure, q, page, PAGE_SIZE)));
        model.addAttribute("statuses", List.of(DossierStatus.values()));
        model.addAttribute("selectedStatuses", statuses);
        model.addAttribute("procedure", procedure);
        model.addAttribute("q", q);
        model.addAttribute("filterQuery", filterQuery(status, procedure, q));
        model.addAttribute(
                "officers",
                CurrentActor.has(Privilege.DOSSIER_ASSIGN)
                        ? staffWith(agencyId(), Privilege.DOSSIER_PROCESS)
                        : List.of());
        return "dossier/staff/inbox";
    }

    /** The outcome of one dossier of a batch: the notice or the refusal's message key, with its arguments. */
    record BatchLine(String code, boolean done, String messageKey, Object[] args) implements java.io.Serializable {}

    /**
     * Accepts, or assigns to one officer, each selected dossier on its own: one refused does not stop the others, and
     * the summary says which were done and why the others were not.
     */
    @PostMapping("/batch")
    String batch(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam String action,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        List<BatchLine> lines = new ArrayList<>();
        for (long id : ids == null ? List.<Long>of() : ids) {
            DossierView dossier = queries.staffDossier(id);
            try {
                if ("assign".equals(action)) {
                    if (assigneeId == null) {
                        throw InvalidInputException.field("assigneeId", "not_null");
                    }
                    processing.assign(id, dossier.version(), assigneeId);
                } else {
                    processing.accept(id, dossier.version());
                }
                lines.add(new BatchLine(dossier.code(), true, "dossier.staff.batch.done", new Object[0]));
            } catch (ConflictException e) {
                lines.add(new BatchLine(dossier.code(), false, e.errorCode().messageKey(), e.args()));
            } catch (InvalidInputException e) {
                FieldViolation first =
                        e.violations().isEmpty() ? null : e.violations().getFirst();
                lines.add(
                        first == null
                                ? new BatchLine(
                                        dossier.code(), false, e.errorCode().messageKey(), e.args())
                                : new BatchLine(dossier.code(), false, first.messageKey(), first.args()));
            } catch (org.springframework.security.access.AccessDeniedException e) {
                lines.add(new BatchLine(dossier.code(), false, "dossier.staff.batch.forbidden", new Object[0]));
            }
        }
        redirect.addFlashAttribute("batch", lines);
        redirect.addFlashAttribute("batchAction", "assign".equals(action) ? "assign" : "accept");
        return "redirect:/work/dossiers" + (back != null && back.startsWith("?") ? back : "");
    }

    // ---- one dossier

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page(queries.staffDossier(id), null, model, locale);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        DossierQueries.AttachmentContent file = queries.open(id, attachmentId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        file.contentType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM
                                : MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(file.content()));
    }

    @GetMapping("/{id}/control-slip")
    String controlSlip(@PathVariable long id, Model model) {
        DossierView dossier = queries.staffDossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("slip", controlSlips.of(dossier));
        return "dossier/staff/control-slip";
    }

    @GetMapping(value = "/{id}/control-slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> controlSlipPdf(@PathVariable long id) {
        DossierView dossier = queries.staffDossier(id);
        return pdf(forms.pdf(controlSlips.of(dossier)), "phieu-kiem-soat-" + dossier.code() + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }

    // ---- actions

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Model model, Locale l) {
        return act(id, OfferedActions.ACCEPT, Map.of(), redirect, model, l, () -> processing.accept(id, version));
    }

    @PostMapping("/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.REFUSE,
                Map.of("reason", text(reason)),
                redirect,
                model,
                l,
                () -> processing.refuse(id, version, reason));
    }

    @PostMapping("/{id}/request-supplement")
    String requestSupplement(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) List<String> documents,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.REQUEST_SUPPLEMENT,
                Map.of("reason", text(reason)),
                redirect,
                model,
                l,
                () -> processing.requestSupplement(id, version, reason, documents));
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long assigneeId,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(id, OfferedActions.ASSIGN, Map.of(), redirect, model, l, () -> {
            if (assigneeId == null) {
                throw InvalidInputException.field("assigneeId", "not_null");
            }
            return processing.assign(id, version, assigneeId);
        });
    }

    @PostMapping("/{id}/forward")
    String forward(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.FORWARD,
                Map.of("note", text(note)),
                redirect,
                model,
                l,
                () -> processing.forward(id, version, note));
    }

    @PostMapping("/{id}/send-back")
    String sendBack(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Integer stepOrder,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(id, OfferedActions.SEND_BACK, Map.of("reason", text(reason)), redirect, model, l, () -> {
            if (stepOrder == null) {
                throw InvalidInputException.field("stepOrder", "not_null");
            }
            return processing.sendBack(id, version, stepOrder, reason);
        });
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.APPROVE,
                Map.of("note", text(note)),
                redirect,
                model,
                l,
                () -> processing.approve(id, version, note));
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.REJECT,
                Map.of("reason", text(reason)),
                redirect,
                model,
                l,
                () -> processing.reject(id, version, reason));
    }

    @PostMapping("/{id}/return-result")
    String returnResult(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(id, OfferedActions.RETURN_RESULT, Map.of("note", text(note)), redirect, model, l, () -> {
            DossierView dossier = queries.staffDossier(id);
            String resultCode = procedureOf(dossier).results().stream()
                    .map(ResultDocument::code)
                    .findFirst()
                    .orElse("KQ");
            return processing.returnResult(id, version, uploads(files, resultCode), note);
        });
    }

    @PostMapping("/{id}/stop")
    String stop(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.STOP,
                Map.of("reason", text(reason)),
                redirect,
                model,
                l,
                () -> processing.stop(id, version, reason));
    }

    /** @param newDueDate the new appointment day; the appointment keeps its time of day */
    @PostMapping("/{id}/propose-apology")
    String proposeApology(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) LocalDate newDueDate,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        Map<String, String> values =
                Map.of("reason", text(reason), "newDueDate", newDueDate == null ? "" : newDueDate.toString());
        return act(id, OfferedActions.PROPOSE_APOLOGY, values, redirect, model, l, () -> {
            DossierView dossier = queries.staffDossier(id);
            ZonedDateTime due = dossier.dueAt().atZone(CivicTime.ZONE);
            return processing.proposeApology(
                    id,
                    version,
                    newDueDate == null
                            ? null
                            : newDueDate
                                    .atTime(due.toLocalTime())
                                    .atZone(CivicTime.ZONE)
                                    .toInstant(),
                    reason);
        });
    }

    @PostMapping("/{id}/decide-apology")
    String decideApology(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean approve,
            RedirectAttributes redirect,
            Model model,
            Locale l) {
        return act(
                id,
                OfferedActions.DECIDE_APOLOGY,
                Map.of(),
                redirect,
                model,
                l,
                () -> processing.decideApology(id, version, approve));
    }

    /** A form of the dossier page that was refused: which, the fields marked and what was entered. */
    record Failure(String action, Map<String, FieldViolation> fields, Map<String, String> values) {

        public FieldViolation error(String field) {
            return fields.get(field);
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    private String act(
            long id,
            OfferedActions action,
            Map<String, String> values,
            RedirectAttributes redirect,
            Model model,
            Locale locale,
            Supplier<DossierView> change) {
        try {
            DossierView done = change.get();
            redirect.addFlashAttribute("notice", "dossier.staff.notice." + action.path());
            redirect.addFlashAttribute("noticeName", done.code());
        } catch (InvalidInputException e) {
            if (e.violations().isEmpty()) {
                redirect.addFlashAttribute("problem", e.errorCode().messageKey());
            } else {
                Map<String, FieldViolation> fields = new HashMap<>();
                e.violations().forEach(v -> fields.putIfAbsent(v.field(), v));
                return page(queries.staffDossier(id), new Failure(action.path(), fields, values), model, locale);
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e.errorCode() == CommonError.CONCURRENT_MODIFICATION
                            ? CONFLICT
                            : e.errorCode().messageKey());
        }
        return "redirect:/work/dossiers/" + id;
    }

    private String page(DossierView dossier, Failure failure, Model model, Locale locale) {
        ProcedureView procedure = procedureOf(dossier);
        Long agencyId = agencyId();
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", procedure);
        model.addAttribute("data", SubmittedData.of(procedure.form(), dossier.data(), addresses, locale));
        model.addAttribute("documentNames", documentNames(procedure));
        model.addAttribute(
                "remaining",
                dossier.dueAt() == null || dossier.status().closed() || dossier.finishedAt() != null
                        ? null
                        : calendar.workingTimeBetween(clock.instant(), dossier.dueAt()));
        model.addAttribute("overdue", dossier.dueAt() != null && dossier.dueAt().isBefore(clock.instant()));
        var step = dossier.currentStep();
        model.addAttribute(
                "assignee",
                step == null || step.assigneeAccountId() == null
                        ? null
                        : accounts.findById(step.assigneeAccountId())
                                .map(AccountView::fullName)
                                .orElse(null));
        Set<OfferedActions> offered = OfferedActions.of(dossier, agencyId);
        model.addAttribute("offered", offered.stream().map(OfferedActions::path).toList());
        model.addAttribute("assignees", offered.contains(OfferedActions.ASSIGN) ? assignees(step) : List.of());
        model.addAttribute("earlierSteps", OfferedActions.earlierSteps(dossier));
        model.addAttribute("failure", failure);
        if (dossier.dueAt() != null) {
            model.addAttribute(
                    "minApologyDate",
                    dossier.dueAt().atZone(CivicTime.ZONE).toLocalDate().plusDays(1));
        }
        return "dossier/staff/show";
    }

    private ProcedureView procedureOf(DossierView dossier) {
        return catalog.findVersion(dossier.procedureVersionId()).orElseThrow();
    }

    private static Map<String, String> documentNames(ProcedureView procedure) {
        Map<String, String> names = new HashMap<>();
        procedure.documents().forEach(d -> names.put(d.code(), d.name()));
        procedure.results().forEach(r -> names.putIfAbsent(r.code(), r.name()));
        return names;
    }

    /** Who may take the step: active staff of its agency holding the privilege of its kind. */
    private List<AccountView> assignees(DossierView.StepView step) {
        Privilege privilege = switch (step.kind()) {
            case RECEIVE, RETURN -> Privilege.DOSSIER_RECEIVE;
            case PROCESS -> Privilege.DOSSIER_PROCESS;
            case APPROVE -> Privilege.DOSSIER_APPROVE;
        };
        return staffWith(step.agencyId(), privilege);
    }

    private List<AccountView> staffWith(Long agencyId, Privilege privilege) {
        return agencyId == null
                ? List.of()
                : accounts.activeStaffOf(agencyId).stream()
                        .filter(a -> a.privileges().contains(privilege))
                        .toList();
    }

    private static Long agencyId() {
        return CurrentActor.get().map(a -> a.agencyId()).orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static List<AttachmentUpload> uploads(List<MultipartFile> files, String documentCode) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new AttachmentUpload(
                        documentCode, file.getOriginalFilename(), file.getContentType(), file::getInputStream));
            }
        }
        return uploads;
    }

    private static String filterQuery(List<Integer> status, String procedure, String q) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (status != null) {
            status.forEach(s -> query.queryParam("status", s));
        }
        if (procedure != null && !procedure.isBlank()) {
            query.queryParam("procedure", procedure);
        }
        if (q != null && !q.isBlank()) {
            query.queryParam("q", q);
        }
        return query.build().encode().toUriString();
    }
}
