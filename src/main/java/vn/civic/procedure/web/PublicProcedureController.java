package vn.civic.procedure.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.civic.platform.error.NotFoundException;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.procedure.domain.PublicCatalogue;

/** The public catalogue: search the active procedures, and a procedure's page. Open to everyone. */
@Controller
@PreAuthorize("permitAll()")
class PublicProcedureController {

    private final PublicCatalogue catalogue;
    private final ProcedureCatalog procedures;
    private final ProcedureEditor editor;
    private final ProcedurePages pages;

    PublicProcedureController(
            PublicCatalogue catalogue, ProcedureCatalog procedures, ProcedureEditor editor, ProcedurePages pages) {
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.editor = editor;
        this.pages = pages;
    }

    /**
     * @param q words that must all appear in the name, code or sector (diacritics and case ignored)
     * @param sector a sector code
     * @param agency an implementing agency's organisation code
     * @param serviceLevel {@code FULLY_ONLINE} or {@code PARTLY_ONLINE}
     */
    @GetMapping("/procedures")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String serviceLevel,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ServiceLevel level = ProcedurePages.serviceLevel(serviceLevel);
        String sectorCode = ProcedurePages.blankToNull(sector);
        String agencyCode = ProcedurePages.blankToNull(agency);
        model.addAttribute("results", catalogue.search(q, sectorCode, agencyCode, level, Math.max(0, page)));
        model.addAttribute("q", q);
        model.addAttribute("sector", sectorCode);
        model.addAttribute("agency", agencyCode);
        model.addAttribute("serviceLevel", level == null ? null : level.name());
        model.addAttribute("sectors", editor.sectors());
        model.addAttribute("agencies", pages.filterAgencies());
        model.addAttribute("serviceLevels", ServiceLevel.values());
        return "procedure/search";
    }

    @GetMapping("/procedures/{code}")
    String show(@PathVariable String code, Model model) {
        ProcedureView procedure =
                procedures.findByCode(code).orElseThrow(() -> NotFoundException.of("Procedure", code));
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", pages.agenciesOf(procedure));
        model.addAttribute(
                "canFileOnline",
                procedure.active() && procedure.terms(Channel.ONLINE).isPresent());
        return "procedure/show";
    }
}
