package vn.civic.notify.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.notify.message.NotifyChannels;
import vn.civic.notify.sandbox.SandboxMessageGateway;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.platform.outbox.OutboxStatus;

/** The notifications' outbox (email, SMS/chat) and the sandbox gateway's messages, for system administrators. */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasAuthority('NOTIFICATION_MANAGE')")
class NotificationAdminController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final ObjectProvider<SandboxMessageGateway> sandbox;

    NotificationAdminController(Outbox outbox, ObjectProvider<SandboxMessageGateway> sandbox) {
        this.outbox = outbox;
        this.sandbox = sandbox;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int safePage = Math.max(0, page);
        OutboxStatus wanted = parse(status);
        List<OutboxEntry> entries =
                outbox.list(NotifyChannels.ALL, reference, wanted, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("reference", reference);
        model.addAttribute("status", wanted == null ? null : wanted.name());
        SandboxMessageGateway gateway = sandbox.getIfAvailable();
        model.addAttribute("sandbox", gateway == null ? null : gateway.recent(null, PAGE_SIZE));
        return "notify/admin";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", outbox.retry(id, NotifyChannels.ALL));
        return "redirect:/admin/notifications";
    }

    static OutboxStatus parse(String status) {
        return Arrays.stream(OutboxStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }
}
