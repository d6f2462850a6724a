package vn.civic.document.search.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypeView;
import vn.civic.document.DocumentTypes;
import vn.civic.document.search.DocumentSearch;
import vn.civic.document.search.SearchParameters;
import vn.civic.document.search.SearchResults;
import vn.civic.document.search.SearchSort;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * The staff search page: a GET form (so a search can be bookmarked and shared) with the words and the filters, the
 * results the official may read, newest first, and pages. A value that cannot be read comes back with its field marked.
 */
@Controller
@PreAuthorize("hasAnyAuthority('DOCUMENT_REGISTER', 'DOCUMENT_ASSIGN', 'DOCUMENT_HANDLE')")
class DocumentSearchController {

    private final DocumentSearch search;
    private final DocumentTypes types;

    DocumentSearchController(DocumentSearch search, DocumentTypes types) {
        this.search = search;
        this.types = types;
    }

    @GetMapping("/work/documents/search")
    String page(@ModelAttribute("search") SearchParameters parameters, Model model, Locale locale) {
        Map<String, String> typeNames = new LinkedHashMap<>();
        for (DocumentTypeView type : types.all()) {
            typeNames.put(type.code(), type.name(locale));
        }
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("sorts", SearchSort.values());
        try {
            SearchResults results = search.search(parameters.toQuery(types), true);
            model.addAttribute("results", results);
            model.addAttribute("previousPage", results.page() > 0 ? parameters.query(results.page() - 1) : null);
            model.addAttribute(
                    "nextPage",
                    results.page() + 1 < results.totalPages() ? parameters.query(results.page() + 1) : null);
        } catch (InvalidInputException e) {
            Map<String, FieldViolation> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
            model.addAttribute("errors", errors);
        }
        return "document/search/search";
    }
}
