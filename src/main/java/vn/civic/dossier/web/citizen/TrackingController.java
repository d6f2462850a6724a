package vn.civic.dossier.web.citizen;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.dossier.DossierTracking;

/**
 * Public tracking by dossier code and a second factor, for anyone. The factor is posted, never put in an address;
 * an unknown code, a wrong factor and a locked code all get the same neutral message.
 */
@Controller
@PreAuthorize("permitAll()")
class TrackingController {

    private final DossierTracking tracking;

    TrackingController(DossierTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/track")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        return "dossier/citizen/track";
    }

    @PostMapping("/track")
    String track(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String factor,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("code", code);
        boolean codeMissing = code == null || code.isBlank();
        boolean factorInvalid = factor == null || !factor.strip().matches("\\d{4}");
        if (codeMissing || factorInvalid) {
            model.addAttribute("codeMissing", codeMissing);
            model.addAttribute("factorInvalid", factorInvalid);
            return "dossier/citizen/track";
        }
        tracking.track(code, factor, request.getRemoteAddr())
                .ifPresentOrElse(
                        view -> model.addAttribute("tracked", view), () -> model.addAttribute("notFound", true));
        return "dossier/citizen/track";
    }
}
