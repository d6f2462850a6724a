package vn.civic.procedure;

import java.util.List;
import java.util.Optional;

/** What other modules read of the procedure catalogue. Implemented inside the procedure module. */
public interface ProcedureCatalog {

    /** The current version of a procedure by its national code (e.g. {@code 1.001193}), active or suspended. */
    Optional<ProcedureView> findByCode(String code);

    /** One stored version: what a dossier was filed against, unchanged by later edits. */
    Optional<ProcedureView> findVersion(long versionId);

    /**
     * Active procedures the agency with this organisation code carries out (named by the procedure, or, for a
     * People's Committee, those of its level naming no agency) matching every word of {@code text} in their name or
     * code, diacritics and case ignored; the first page by name.
     */
    List<ProcedureView> searchActive(String text, String agencyCode);
}
