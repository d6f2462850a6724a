package vn.civic.work.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff workspace: "my work". */
@Controller
class WorkspaceController {

    @GetMapping("/work")
    @PreAuthorize("hasAuthority('WORKSPACE_ACCESS')")
    String workspace() {
        return "work/index";
    }
}
