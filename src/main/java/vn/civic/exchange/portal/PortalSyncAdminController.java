package vn.civic.exchange.portal;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.platform.outbox.OutboxStatus;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

/** The national-portal synchronisation for system administrators: the messages, each attempt's answer, retry. */
@Controller
@RequestMapping("/admin/portal-sync")
@PreAuthorize("hasAuthority('PORTAL_SYNC_MANAGE')")
class PortalSyncAdminController {

    static final int PAGE_SIZE = 50;
    static final List<String> CHANNELS = List.of(PortalSyncHandler.CHANNEL);

    private final Outbox outbox;
    private final PortalSyncLog log;
    private final PortalProperties properties;

    PortalSyncAdminController(Outbox outbox, PortalSyncLog log, PortalProperties properties) {
        this.outbox = outbox;
        this.log = log;
        this.properties = properties;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String status,
            Model model) {
        OutboxStatus wanted = Arrays.stream(OutboxStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        List<OutboxEntry> entries = outbox.list(CHANNELS, reference, wanted, 0, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("attempts", log.recent(reference, 0, PAGE_SIZE));
        model.addAttribute("reference", reference);
        model.addAttribute("status", wanted == null ? null : wanted.name());
        model.addAttribute("enabled", properties.enabled());
        return "exchange/portal/sync";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", outbox.retry(id, CHANNELS));
        return "redirect:/admin/portal-sync";
    }

    @Configuration(proxyBeanMethods = false)
    static class PortalSyncWebConfig {

        @Bean
        AdminSection portalSyncAdminSection() {
            return new AdminSection(
                    "portal.sync.section.title",
                    "portal.sync.section.description",
                    "/admin/portal-sync",
                    Privilege.PORTAL_SYNC_MANAGE,
                    96);
        }
    }
}
