package vn.civic.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.QueueFilter;
import vn.civic.feedback.QueuePage;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.StoredPhoto;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.time.CivicTime;

/**
 * The feedback work of an agency's staff: the queue of the caller's agency with its filters and deadline flags, a
 * report's page with the private data and the history, and the handling actions (acknowledge and name a handler,
 * change the handler, return to the routing desk with a reason, answer with evidence). Another agency's report is not
 * found; each action answers with a redirect and a notice, or the page with the refused field marked.
 */
@Controller
class StaffFeedbackController {

    static final String HANDLE = "hasAuthority('WORKSPACE_ACCESS') and hasAuthority('FEEDBACK_HANDLE')";
    static final String SEE =
            "hasAuthority('WORKSPACE_ACCESS') and hasAnyAuthority('FEEDBACK_HANDLE', 'FEEDBACK_ROUTE')";
    static final int PAGE_SIZE = 20;

    private final FeedbackReports reports;
    private final FeedbackCategories categories;
    private final OrgDirectory org;
    private final StaffFeedbackSupport support;

    StaffFeedbackController(
            FeedbackReports reports, FeedbackCategories categories, OrgDirectory org, StaffFeedbackSupport support) {
        this.reports = reports;
        this.categories = categories;
        this.org = org;
        this.support = support;
    }

    // ---- the queue

    @GetMapping("/work/feedback")
    @PreAuthorize(HANDLE)
    String queue(@ModelAttribute("filter") StaffQueueForm filter, Model model) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate from = filter.fromDate(violations);
        LocalDate to = filter.toDate(violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "date_range", "feedback.work.validation.date-range"));
        }
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.field(), v));
        model.addAttribute("errors", errors);
        QueuePage page = reports.queue(new QueueFilter(
                filter.statuses(),
                blankToNull(filter.getCategory()),
                filter.deadlineFlag(),
                filter.mine(),
                blankToNull(filter.getQ()),
                filter.getPage(),
                PAGE_SIZE,
                filter.getUnit(),
                filter.handlerAccountId(),
                errors.containsKey("from") ? null : startOf(from),
                errors.containsKey("to") ? null : startOf(to == null ? null : to.plusDays(1))));
        model.addAttribute("result", page);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("categories", categories.active());
        model.addAttribute("units", units());
        model.addAttribute("handlers", support.handlersOfMyAgency());
        return "feedback/work/queue";
    }

    /** The units a queue can be narrowed to: the agency's own unit and the current units directly under it. */
    private List<AdministrativeUnitView> units() {
        Long unitId = CurrentActor.get()
                .map(a -> a.agencyId())
                .flatMap(org::findAgency)
                .map(a -> a.administrativeUnitId())
                .orElse(null);
        if (unitId == null) {
            return List.of();
        }
        List<AdministrativeUnitView> units = new ArrayList<>();
        org.findUnit(unitId).ifPresent(units::add);
        units.addAll(org.currentUnitsUnder(unitId));
        return units;
    }

    // ---- a report

    @GetMapping("/work/feedback/{code}")
    @PreAuthorize(SEE)
    String show(@PathVariable String code, Model model) {
        return support.detail(code, model);
    }

    @GetMapping("/work/feedback/{code}/files/{fileId}")
    @PreAuthorize(SEE)
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId) {
        StoredPhoto file =
                reports.staffFile(code, fileId).orElseThrow(() -> NotFoundException.of("ReportFile", fileId));
        boolean image = file.contentType().startsWith("image/");
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName() == null ? "file-" + fileId : file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping("/work/feedback/{code}/acknowledge")
    @PreAuthorize(HANDLE)
    String acknowledge(
            @PathVariable String code,
            @ModelAttribute("acknowledgeForm") HandlerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.acknowledged",
                "handler",
                () -> reports.acknowledge(code, form.getHandler()));
    }

    @PostMapping("/work/feedback/{code}/handler")
    @PreAuthorize(HANDLE)
    String assignHandler(
            @PathVariable String code,
            @ModelAttribute("handlerForm") HandlerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.getHandler() == null) {
            binding.rejectValue("handler", "feedback.work.validation.handler-required");
        }
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.handler",
                "handler",
                () -> reports.assignHandler(code, form.getHandler()));
    }

    @PostMapping("/work/feedback/{code}/return")
    @PreAuthorize(HANDLE)
    String returnToDesk(
            @PathVariable String code,
            @ModelAttribute("returnForm") ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ReasonForm.requireReason(form, binding);
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.returned",
                "reason",
                () -> reports.returnToDesk(code, form.getReason().strip()));
    }

    @PostMapping(path = "/work/feedback/{code}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(HANDLE)
    String answer(
            @PathVariable String code,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        List<PhotoUpload> evidence = uploads(form.getEvidence());
        if (form.getText() == null || form.getText().isBlank()) {
            binding.rejectValue("text", "feedback.work.validation.answer-text");
        }
        if (evidence.isEmpty()) {
            binding.rejectValue("evidence", "feedback.work.validation.answer-evidence");
        }
        return support.act(
                code,
                binding,
                model,
                redirect,
                "feedback.work.notice.answered",
                "text",
                () -> reports.answer(code, new AnswerCommand(form.getText().strip(), evidence)));
    }

    // ---- helpers

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(CivicTime.ZONE).toInstant();
    }

    static List<PhotoUpload> uploads(List<MultipartFile> files) {
        List<PhotoUpload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new PhotoUpload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
