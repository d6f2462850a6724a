package vn.civic.procedure;

import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;
import vn.civic.platform.error.FieldViolation;

/**
 * Prepares a page that shows an e-form with the fragment {@code procedure/eform :: fields(${eform})}: one call puts
 * the fields with their values, marks and errors, and the administrative units to pick an address from, on the
 * model as {@value #MODEL_ATTRIBUTE}. Implemented inside the procedure module.
 */
public interface EFormPage {

    String MODEL_ATTRIBUTE = "eform";

    /**
     * @param data what to show: the draft, the pre-filled data, or what was submitted ({@link FormInput#read})
     * @param prefilled the fields filled from the applicant's data ({@link FormPrefill.Prefilled#prefilledFields()})
     * @param errors the violations of {@link FormValidator#validate}, none on a first view
     */
    void addTo(Model model, FormDefinition form, FormData data, Set<String> prefilled, List<FieldViolation> errors);
}
