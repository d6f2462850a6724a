package vn.civic.document.outgoing.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
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
import vn.civic.document.outgoing.DraftCommand;
import vn.civic.document.outgoing.FileRole;
import vn.civic.document.outgoing.OutgoingDrafts;
import vn.civic.document.outgoing.OutgoingIssuing;
import vn.civic.document.outgoing.OutgoingQueries;
import vn.civic.document.outgoing.OutgoingView;
import vn.civic.document.outgoing.Upload;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.web.FormErrors;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.ValidationReport;

/**
 * The staff's outgoing documents (decision 0027): the lists, the new draft form, and a document's page with its
 * versions, consultation, steps, recipients and the clerk's issue and recall. Each action posts and comes back to the
 * page with a notice, or the problem in Vietnamese.
 */
@Controller
@RequestMapping("/work/documents/outgoing")
class OutgoingController {

    private static final String BASE = "/work/documents/outgoing";

    private final OutgoingDrafts drafts;
    private final OutgoingIssuing issuing;
    private final OutgoingQueries queries;
    private final DocumentTypes types;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final OutgoingPages pages;
    private final SignatureValidation validation;

    OutgoingController(
            OutgoingDrafts drafts,
            OutgoingIssuing issuing,
            OutgoingQueries queries,
            DocumentTypes types,
            OrgDirectory org,
            AccountDirectory accounts,
            OutgoingPages pages,
            SignatureValidation validation) {
        this.drafts = drafts;
        this.issuing = issuing;
        this.queries = queries;
        this.types = types;
        this.org = org;
        this.accounts = accounts;
        this.pages = pages;
        this.validation = validation;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String lists(Model model) {
        model.addAttribute("drafts", queries.myDrafts());
        model.addAttribute("toConsult", queries.toConsult());
        model.addAttribute("toDecide", queries.toDecide());
        model.addAttribute("toIssue", queries.toIssue());
        model.addAttribute("issued", queries.issued());
        model.addAttribute("types", types);
        model.addAttribute("pages", pages);
        return "document/outgoing/lists";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String newDraft(@RequestParam(required = false) Long replaces, Model model) {
        DraftForm form = new DraftForm();
        form.setReplacesDocumentId(replaces);
        return form(form, model);
    }

    private String form(DraftForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", types.all());
        model.addAttribute("urgencies", Urgency.values());
        return "document/outgoing/new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String create(
            @Valid @ModelAttribute("form") DraftForm form,
            BindingResult binding,
            @RequestParam(name = "mainFile", required = false) MultipartFile main,
            @RequestParam(name = "appendixFiles", required = false) List<MultipartFile> appendices,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, model);
        }
        try {
            List<Upload> extra = new ArrayList<>();
            if (appendices != null) {
                appendices.stream()
                        .map(OutgoingController::upload)
                        .filter(u -> u != null)
                        .forEach(extra::add);
            }
            long id = drafts.create(
                    new DraftCommand(
                            form.getTypeCode(),
                            form.getSummary(),
                            form.isConfidential(),
                            form.getUrgency(),
                            form.getDueDate(),
                            form.getNotes(),
                            form.getReplacesDocumentId()),
                    upload(main),
                    extra);
            redirect.addFlashAttribute("notice", "outgoing.notice.created");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(
                    binding,
                    e.violations().stream()
                            .map(v -> v.field().equals("file") || v.field().equals("appendix")
                                    ? new vn.civic.platform.error.FieldViolation(
                                            "appendices", v.code(), v.messageKey(), v.args())
                                    : v)
                            .toList());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String show(@PathVariable long id, Model model) {
        OutgoingView document = queries.view(id);
        model.addAttribute("d", document);
        model.addAttribute("pages", pages);
        model.addAttribute("agencies", org.activeAgencies());
        Long agencyId = CurrentActor.get().map(a -> a.agencyId()).orElse(null);
        model.addAttribute(
                "staff",
                agencyId == null
                        ? List.of()
                        : accounts.activeStaffOf(agencyId).stream()
                                .filter(a -> a.id() != document.drafterAccountId())
                                .toList());
        model.addAttribute("today", LocalDate.now(vn.civic.platform.time.CivicTime.ZONE));
        model.addAttribute("signatures", signatureReport(document));
        return "document/outgoing/show";
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) {
        OutgoingQueries.StoredContent content = queries.file(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content.content()));
    }

    @PostMapping("/{id}/files")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String upload(
            @PathVariable long id,
            @RequestParam FileRole role,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.uploaded", () -> drafts.upload(id, role, upload(file)));
    }

    @PostMapping("/{id}/recipients")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String addRecipient(
            @PathVariable long id,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String organisationCode,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "outgoing.notice.recipient-added",
                () -> drafts.addRecipient(id, agencyId, organisationCode, name));
    }

    @PostMapping("/{id}/recipients/{recipientId}/remove")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String removeRecipient(@PathVariable long id, @PathVariable long recipientId, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.recipient-removed", () -> drafts.removeRecipient(id, recipientId));
    }

    @PostMapping("/{id}/consult")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String consult(
            @PathVariable long id,
            @RequestParam(name = "accountIds", required = false) List<Long> accountIds,
            @RequestParam(required = false) LocalDate deadline,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.consulted", () -> drafts.consult(id, accountIds, deadline));
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) OutgoingDrafts.Answer answer,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.answered", () -> drafts.answer(id, answer, comment));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.submitted", () -> drafts.submit(id));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('DOCUMENT_HANDLE')")
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(
                id,
                redirect,
                approve ? "outgoing.notice.approved" : "outgoing.notice.sent-back",
                () -> drafts.decide(id, approve, comment));
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String issue(
            @PathVariable long id,
            @RequestParam(required = false) String copies,
            @RequestParam(required = false) String fileCopyKeeper,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "outgoing.notice.issued",
                () -> issuing.issue(id, new OutgoingIssuing.IssueDetails(copies(copies), fileCopyKeeper)));
    }

    /** The number of copies typed, null when empty, 0 (refused as invalid) when not a whole number. */
    static Integer copies(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @PostMapping("/{id}/recall")
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    String recall(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.notice.recalled", () -> issuing.recall(id, reason));
    }

    /** The validation of the issued PDF's signatures, shown on its page; null before issuing. */
    private ValidationReport signatureReport(OutgoingView document) {
        OutgoingView.FileView signed = document.status().issued() ? document.mainFile() : null;
        if (signed == null) {
            return null;
        }
        try (InputStream in = queries.file(document.id(), signed.id()).content()) {
            return validation.validate(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the action; a refusal comes back as the problem's Vietnamese message and the field it concerns. */
    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (CivicException e) {
            if (e instanceof vn.civic.platform.error.NotFoundException) {
                throw e;
            }
            var violation = e.violations().isEmpty() ? null : e.violations().getFirst();
            redirect.addFlashAttribute(
                    "problem", violation == null ? e.errorCode().messageKey() : violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation == null ? e.args() : violation.args());
            redirect.addFlashAttribute("problemField", violation == null ? null : violation.field());
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** A chosen file, or null when the input was left empty. */
    static Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            InputStream in = file.getInputStream();
            return new Upload(file.getOriginalFilename(), file.getContentType(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
