package vn.civic.procedure.domain;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import vn.civic.org.OrgDirectory;
import vn.civic.procedure.ServiceLevel;

/** The public search of the catalogue, for the pages and the API alike: active procedures only. */
@Service
public class PublicCatalogue {

    public static final int PAGE_SIZE = 20;

    private final ProcedureEditor editor;
    private final OrgDirectory org;

    PublicCatalogue(ProcedureEditor editor, OrgDirectory org) {
        this.editor = editor;
        this.org = org;
    }

    /**
     * Active procedures matching every word of {@code text} (diacritics and case ignored) in their name, code or
     * sector, filtered by the parts given.
     *
     * @param agencyCode an implementing agency: procedures naming it, and for a People's Committee those of its level
     *     that name no agency
     */
    public Page<ProcedureSummary> search(
            String text, String sectorCode, String agencyCode, ServiceLevel serviceLevel, int page) {
        return editor.search(ProcedureQuery.active(text, sectorCode, agencyCode, serviceLevel, org), page, PAGE_SIZE);
    }
}
