package vn.civic.org.web;

import static vn.civic.org.web.OrgForms.FORM;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.org.BoundaryDetails;
import vn.civic.org.BoundaryEditor;
import vn.civic.org.OrgDirectory;
import vn.civic.org.OrgProperties;
import vn.civic.org.UnitDetails;
import vn.civic.org.UnitEditor;
import vn.civic.org.geo.GeoJsonBoundaries;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.web.FormErrors;

/**
 * A unit's boundary for administrators: what is stored (parts, points, box, centre), the GeoJSON to download, the
 * upload that replaces it and its removal. City-wide data, so the privilege is the only scope.
 */
@Controller
@RequestMapping("/admin/org/units/{id}/boundary")
@PreAuthorize("hasAuthority('UNIT_MANAGE')")
class UnitBoundaryController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final BoundaryEditor boundaries;
    private final UnitEditor units;
    private final OrgDirectory directory;
    private final OrgProperties properties;

    UnitBoundaryController(
            BoundaryEditor boundaries, UnitEditor units, OrgDirectory directory, OrgProperties properties) {
        this.boundaries = boundaries;
        this.units = units;
        this.directory = directory;
        this.properties = properties;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Optional<BoundaryDetails> stored = boundaries.find(id);
        model.addAttribute(
                FORM,
                BoundaryForm.startingFrom(stored.map(BoundaryDetails::version).orElse(null)));
        return page(model, id, stored);
    }

    @PostMapping
    String upload(
            @PathVariable long id,
            @ModelAttribute(FORM) BoundaryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            boundaries.upload(id, form.getVersion(), form.getFile());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e.violations());
            return page(model, id, boundaries.find(id));
        }
        OrgForms.notice(
                redirect, "org.boundary.notice.uploaded", units.get(id).unit().name());
        return "redirect:/admin/org/units/" + id + "/boundary";
    }

    @PostMapping("/removal")
    String remove(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        boundaries.remove(id, OrgForms.version(version));
        OrgForms.notice(
                redirect, "org.boundary.notice.removed", units.get(id).unit().name());
        return "redirect:/admin/org/units/" + id + "/boundary";
    }

    /** The stored boundary as a GeoJSON file named after the unit's code. */
    @GetMapping("/geojson")
    ResponseEntity<String> download(@PathVariable long id) {
        String geoJson = boundaries.geoJson(id);
        String code = units.get(id).unit().code();
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("unit-" + code + ".geojson", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(geoJson);
    }

    private String page(Model model, long id, Optional<BoundaryDetails> stored) {
        UnitDetails unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("path", directory.unitPath(id));
        model.addAttribute("boundary", stored.orElse(null));
        model.addAttribute(
                "maxSize", GeoJsonBoundaries.size(properties.boundaryMaxSize().toBytes()));
        model.addAttribute("maxPoints", properties.boundaryMaxPoints());
        return "org/units/boundary";
    }
}
