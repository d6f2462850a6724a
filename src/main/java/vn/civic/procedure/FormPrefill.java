package vn.civic.procedure;

import java.util.Map;
import java.util.Set;

/** Once-only: fills an e-form from what the platform already knows. Implemented inside the procedure module. */
public interface FormPrefill {

    /**
     * @param known values by profile key ({@code applicant.fullName} → "Nguyễn Văn An"), gathered by the caller from
     *     the applicant's profile and earlier dossiers
     * @return the data with every top-level field whose profile key is known filled in, and which fields were filled
     */
    Prefilled prefill(FormDefinition form, Map<String, String> known);

    record Prefilled(FormData data, Set<String> prefilledFields) {}
}
