package vn.civic.exchange.documents;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.security.PublicEndpoints;
import vn.civic.platform.web.AdminSection;

/**
 * The document exchange for system administrators: every package and status message sent and received, with what
 * became of it and why a refused one was refused, filtered by direction, type, status, agency code and DocumentId.
 * The exchange serves every agency of the installation, so the log is not scoped to one.
 */
@Controller
@RequestMapping("/admin/exchange")
@PreAuthorize("hasAuthority('EXCHANGE_MANAGE')")
class ExchangeAdminController {

    static final int PAGE_SIZE = 100;
    static final List<String> DIRECTIONS = List.of(ExchangeLog.OUT, ExchangeLog.IN);
    static final List<String> TYPES = List.of(ExchangeLog.EDOC, ExchangeLog.STATUS);
    static final List<String> STATUSES =
            List.of(ExchangeLog.DELIVERED, ExchangeLog.ACCEPTED, ExchangeLog.REJECTED, ExchangeLog.FAILED);

    private final ExchangeLog exchangeLog;
    private final ExchangePeers peers;

    ExchangeAdminController(ExchangeLog exchangeLog, ExchangePeers peers) {
        this.exchangeLog = exchangeLog;
        this.peers = peers;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String documentId,
            Model model) {
        var filter = new ExchangeLog.Filter(
                oneOf(DIRECTIONS, direction), oneOf(TYPES, type), oneOf(STATUSES, status), code, documentId);
        model.addAttribute("entries", exchangeLog.search(filter, 0, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("directions", DIRECTIONS);
        model.addAttribute("types", TYPES);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("peers", peers.peers());
        return "exchange/edxml/log";
    }

    private static String oneOf(List<String> values, String value) {
        return value != null && values.contains(value) ? value : null;
    }

    @Configuration(proxyBeanMethods = false)
    static class ExchangeWebConfig {

        @Bean
        AdminSection exchangeAdminSection() {
            return new AdminSection(
                    "exchange.edxml.section.title",
                    "exchange.edxml.section.description",
                    "/admin/exchange",
                    Privilege.EXCHANGE_MANAGE,
                    97);
        }

        /** Peers POST here without a user; the HMAC and the XML signature authenticate them. */
        @Bean
        PublicEndpoints exchangePublicEndpoints() {
            return PublicEndpoints.of(PeerInbox.PATH);
        }
    }
}
