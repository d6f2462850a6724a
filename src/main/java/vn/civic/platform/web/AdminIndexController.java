package vn.civic.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.civic.platform.security.CurrentActor;

/** The administration index: the admin sections of every module that the user may open. */
@Controller
class AdminIndexController {

    private final List<AdminSection> sections;

    AdminIndexController(List<AdminSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/admin")
    @PreAuthorize("hasAuthority('ADMIN_ACCESS')")
    String index(Model model) {
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(s -> CurrentActor.has(s.privilege()))
                        .sorted(Comparator.comparingInt(AdminSection::order))
                        .toList());
        return "platform/admin-index";
    }
}
