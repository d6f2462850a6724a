package vn.civic.portal.web;

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
}
