package vn.civic.platform.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.platform.time.CivicTime;

/** The audit log for administrators: search it and verify the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('AUDIT_VIEW')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditLog audit;

    AuditController(AuditTrail trail, AuditLog audit) {
        this.trail = trail;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int safePage = Math.max(0, page);
        var filter = new AuditTrail.Filter(
                actor,
                action,
                objectType,
                objectId,
                from == null ? null : from.atStartOfDay(CivicTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CivicTime.ZONE).toInstant());
        List<AuditEntry> entries = trail.search(filter, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "platform/audit/list";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        AuditVerification result = trail.verify();
        audit.record(AuditRecord.change(
                "audit.verified",
                "AuditLog",
                null,
                null,
                result.intact() ? "intact, " + result.checked() + " entries" : "broken at " + result.brokenAt()));
        model.addAttribute("result", result);
        return "platform/audit/verification";
    }
}
