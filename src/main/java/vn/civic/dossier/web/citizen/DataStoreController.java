package vn.civic.dossier.web.citizen;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.civic.dossier.PersonalDataStore;

/** "Kho dữ liệu của tôi": the applicant's filed documents and results, and where each was used again. */
@Controller
@PreAuthorize("hasAuthority('SELF_SERVICE')")
class DataStoreController {

    private final PersonalDataStore store;

    DataStoreController(PersonalDataStore store) {
        this.store = store;
    }

    @GetMapping("/my/documents")
    String documents(Model model) {
        var documents = store.mine();
        model.addAttribute(
                "results",
                documents.stream()
                        .filter(PersonalDataStore.StoredDocument::result)
                        .toList());
        model.addAttribute("filed", documents.stream().filter(d -> !d.result()).toList());
        return "dossier/citizen/documents";
    }
}
