package vn.civic.dossier.web.imports;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.dossier.DossierImport;

/**
 * The system administrator's migration page: upload a JSON or CSV file of dossiers from another system and read the
 * report, every rejected row with its line and reasons (docs/decisions/0023).
 */
@Controller
@RequestMapping("/admin/imports/dossiers")
@PreAuthorize("hasAuthority('DATA_IMPORT')")
class DossierImportController {

    private final DossierImport imports;

    DossierImportController(DossierImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String form() {
        return "dossier/imports/import";
    }

    @PostMapping
    String importFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return "dossier/imports/import";
        }
        DossierImport.Format chosen = "CSV".equalsIgnoreCase(format)
                ? DossierImport.Format.CSV
                : "JSON".equalsIgnoreCase(format)
                        ? DossierImport.Format.JSON
                        : DossierImport.Format.of(file.getOriginalFilename());
        model.addAttribute("report", imports.importFile(file.getOriginalFilename(), file.getBytes(), chosen));
        return "dossier/imports/import";
    }
}
