package vn.civic.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.civic.portal.PortalProperties;

/** The citizen home page, open to everyone. */
@Controller
class HomeController {

    private final PortalProperties portal;

    HomeController(PortalProperties portal) {
        this.portal = portal;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("portalName", portal.name());
        return "portal/home";
    }

    /**
     * A door of the home page that no module serves yet (the procedure catalogue and the dossier tracking serve the
     * others): it says plainly that the service is being opened, instead of a broken link.
     */
    @GetMapping("/feedback")
    String upcoming(Model model, HttpServletRequest request) {
        model.addAttribute("service", request.getRequestURI().substring(1));
        return "portal/upcoming";
    }
}
