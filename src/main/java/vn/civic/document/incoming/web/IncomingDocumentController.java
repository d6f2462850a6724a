package vn.civic.document.incoming.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import vn.civic.document.DocumentTypes;
import vn.civic.document.Urgency;
import vn.civic.document.incoming.IncomingHandling;
import vn.civic.document.incoming.IncomingQueries;
import vn.civic.document.incoming.IncomingStatus;
import vn.civic.document.incoming.IncomingTab;
import vn.civic.document.incoming.IncomingView;
import vn.civic.document.incoming.OverdueLine;
import vn.civic.document.incoming.Upload;
import vn.civic.identity.AccountView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.platform.web.FormErrors;

/**
 * The staff pages of incoming documents: the list with its tabs, the register form, a document's page with its files,
 * assignments, opinions, timeline and the forms the caller may use, and the overdue list per department. Every action
 * answers with a redirect and a notice; a refused field comes back marked; a stale page gets the conflict notice.
 */
@Controller
@RequestMapping("/work/documents/incoming")
@PreAuthorize(IncomingDocumentController.STAFF)
class IncomingDocumentController {

    static final String STAFF = "hasAuthority('WORKSPACE_ACCESS') and hasAnyAuthority('DOCUMENT_REGISTER',"
            + " 'DOCUMENT_ASSIGN', 'DOCUMENT_HANDLE')";
    static final int PAGE_SIZE = 30;

    private final IncomingHandling handling;
    private final IncomingQueries queries;
    private final DocumentTypes types;
    private final OrgDirectory org;
    private final Clock clock;

    IncomingDocumentController(
            IncomingHandling handling, IncomingQueries queries, DocumentTypes types, OrgDirectory org, Clock clock) {
        this.handling = handling;
        this.queries = queries;
        this.types = types;
        this.org = org;
        this.clock = clock;
    }

    // ---- list

    @GetMapping
    String list(
            @RequestParam(required = false) IncomingTab tab,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IncomingStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<IncomingTab> tabs = tabs();
        IncomingTab shown = tab != null && tabs.contains(tab) ? tab : tabs.getFirst();
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", shown);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", IncomingStatus.values());
        model.addAttribute("result", queries.list(shown, q, status, page, PAGE_SIZE));
        return "document/incoming/list";
    }

    /** The tabs for the caller: clerks see the documents awaiting registration first, leaders those to assign. */
    private static List<IncomingTab> tabs() {
        List<IncomingTab> tabs = new ArrayList<>();
        if (CurrentActor.has(Privilege.DOCUMENT_REGISTER)) {
            tabs.add(IncomingTab.RECEIVED);
        }
        if (CurrentActor.has(Privilege.DOCUMENT_ASSIGN)) {
            tabs.add(IncomingTab.TO_ASSIGN);
        }
        tabs.add(IncomingTab.MINE);
        tabs.add(IncomingTab.ALL);
        tabs.add(IncomingTab.OVERDUE);
        return tabs;
    }

    // ---- register

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String registerForm(Model model) {
        RegisterForm form = new RegisterForm();
        form.setReceivedDate(today());
        model.addAttribute("form", form);
        return registerPage(model, null);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String register(
            @ModelAttribute("form") RegisterForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return registerPage(model, null);
        }
        try {
            long id = handling.register(form.command(), uploads(form.getFiles()));
            redirect.addFlashAttribute("notice", "document.incoming.notice.registered");
            return "redirect:/work/documents/incoming/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return registerPage(model, null);
        }
    }

    @GetMapping("/{id}/register")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String registerReceivedForm(@PathVariable long id, Model model) {
        IncomingView document = handling.get(id);
        model.addAttribute("form", RegisterForm.of(document, today()));
        return registerPage(model, document);
    }

    @PostMapping("/{id}/register")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String registerReceived(
            @PathVariable long id,
            @ModelAttribute("form") RegisterForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return registerPage(model, handling.get(id));
        }
        try {
            handling.registerReceived(id, form.getVersion(), form.command());
            redirect.addFlashAttribute("notice", "document.incoming.notice.registered");
            return "redirect:/work/documents/incoming/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return registerPage(model, handling.get(id));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.errorCode().messageKey());
            return "redirect:/work/documents/incoming/" + id;
        }
    }

    private String registerPage(Model model, IncomingView received) {
        model.addAttribute("received", received);
        model.addAttribute("types", types.all());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("staff", handling.staffOfMyAgency());
        model.addAttribute("departments", myDepartments());
        return "document/incoming/register";
    }

    // ---- a document

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return detail(handling.get(id), model);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        IncomingHandling.FileContent file = handling.file(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('DOCUMENT_ASSIGN')")
    String assign(
            @PathVariable long id,
            @ModelAttribute("assignForm") AssignForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "document.incoming.notice.assigned", () -> {
            handling.assign(id, form.getVersion(), form.command());
            return null;
        });
    }

    @PostMapping("/{id}/sub-assign")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String subAssign(
            @PathVariable long id,
            @ModelAttribute("subAssignForm") AssignForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "document.incoming.notice.sub-assigned", () -> {
            handling.subAssign(id, form.getVersion(), form.command());
            return null;
        });
    }

    @PostMapping("/{id}/opinions")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String opinion(
            @PathVariable long id,
            @ModelAttribute("opinionForm") NoteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "document.incoming.notice.opinion", () -> {
            handling.addOpinion(id, form.getVersion(), form.getContent());
            return null;
        });
    }

    @PostMapping("/{id}/finish")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String finish(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            handling.finishPart(id, version);
            redirect.addFlashAttribute("notice", "document.incoming.notice.finished");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.errorCode().messageKey());
        }
        return "redirect:/work/documents/incoming/" + id;
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String returnToSender(
            @PathVariable long id,
            @ModelAttribute("returnForm") NoteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "document.incoming.notice.returned", () -> {
            handling.returnToSender(id, form.getVersion(), form.getContent());
            return null;
        });
    }

    @PostMapping("/{id}/recall")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String answerRecall(
            @PathVariable long id,
            @RequestParam boolean agree,
            @ModelAttribute("recallForm") NoteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                binding,
                model,
                redirect,
                agree ? "document.incoming.notice.recall-agreed" : "document.incoming.notice.recall-refused",
                () -> {
                    handling.answerRecall(id, form.getVersion(), agree, form.getContent());
                    return null;
                });
    }

    /** Runs an action of the document's page: a redirect with a notice, the page with the field marked, or a problem. */
    private String act(
            long id,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Supplier<Void> action) {
        if (!binding.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/work/documents/incoming/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, onFormFields(binding, e.violations()));
            } catch (ConflictException e) {
                redirect.addFlashAttribute("problem", e.errorCode().messageKey());
                return "redirect:/work/documents/incoming/" + id;
            }
        }
        model.addAttribute("failed", binding.getObjectName());
        return detail(handling.get(id), model);
    }

    /** A one-text form calls its field {@code content} whatever the service names it. */
    private static List<FieldViolation> onFormFields(BindingResult binding, List<FieldViolation> violations) {
        if (!(binding.getTarget() instanceof NoteForm)) {
            return violations;
        }
        return violations.stream()
                .map(v -> new FieldViolation("content", v.code(), v.messageKey(), v.args()))
                .toList();
    }

    private String detail(IncomingView document, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("type", types.find(document.typeCode()).orElse(null));
        for (String form : List.of("assignForm", "subAssignForm", "opinionForm", "returnForm", "recallForm")) {
            if (!model.containsAttribute(form)) {
                Object empty = form.endsWith("ssignForm") ? new AssignForm() : new NoteForm();
                model.addAttribute(form, empty);
            }
        }
        boolean assigns = document.actions().contains(IncomingView.Action.ASSIGN);
        boolean subAssigns = document.actions().contains(IncomingView.Action.SUB_ASSIGN);
        List<AccountView> staff = assigns || subAssigns ? handling.staffOfMyAgency() : List.of();
        Long department = subAssigns ? handling.myDepartment() : null;
        model.addAttribute("staff", staff);
        model.addAttribute(
                "colleagues",
                department == null
                        ? List.of()
                        : staff.stream()
                                .filter(a -> department.equals(a.departmentId()))
                                .filter(a -> CurrentActor.get()
                                        .map(me -> !me.actorId().equals(a.actorId()))
                                        .orElse(true))
                                .toList());
        model.addAttribute("departmentNames", departmentNames(document.agencyId()));
        return "document/incoming/show";
    }

    // ---- overdue

    @GetMapping("/overdue")
    @PreAuthorize("hasAnyAuthority('DOCUMENT_REGISTER', 'DOCUMENT_ASSIGN')")
    String overdue(@RequestParam(required = false) Long department, Model model) {
        List<OverdueLine> lines = queries.overdue(department);
        Map<String, List<OverdueLine>> byDepartment = new LinkedHashMap<>();
        Map<Long, String> names = departmentNames(agencyId());
        for (OverdueLine line : lines) {
            String name = line.departmentId() == null ? "" : names.getOrDefault(line.departmentId(), "");
            byDepartment.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
        }
        model.addAttribute("groups", byDepartment);
        model.addAttribute("departments", myDepartments());
        model.addAttribute("department", department);
        model.addAttribute("count", lines.size());
        return "document/incoming/overdue";
    }

    // ---- helpers

    private List<DepartmentView> myDepartments() {
        return org.departmentsOf(agencyId()).stream()
                .filter(DepartmentView::active)
                .toList();
    }

    private Map<Long, String> departmentNames(long agencyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        org.departmentsOf(agencyId).forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private static long agencyId() {
        return CurrentActor.get()
                .map(a -> a.agencyId() == null ? -1L : a.agencyId())
                .orElse(-1L);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
