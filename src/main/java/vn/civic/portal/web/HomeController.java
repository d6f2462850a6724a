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
     * Two doors of the home page (the procedure catalogue serves the third). Until the one-stop and feedback modules
     * serve them, each says plainly that the service is being opened, instead of a broken link.
     */
    @GetMapping({"/track", "/feedback"})
    String upcoming(Model model, HttpServletRequest request) {
        model.addAttribute("service", request.getRequestURI().substring(1));
        return "portal/upcoming";
    }
}
