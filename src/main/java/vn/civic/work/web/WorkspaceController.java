package vn.civic.work.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.CurrentActor;

/** The staff workspace: "my work", naming the agency the official works for. */
@Controller
class WorkspaceController {

    private final OrgDirectory org;

    WorkspaceController(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping("/work")
    @PreAuthorize("hasAuthority('WORKSPACE_ACCESS')")
    String workspace(Model model) {
        CurrentActor.get()
                .map(actor -> actor.agencyId())
                .flatMap(org::findAgency)
                .ifPresent(agency -> model.addAttribute("agency", agency));
        return "work/index";
    }
}
