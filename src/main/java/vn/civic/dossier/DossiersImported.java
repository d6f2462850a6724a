package vn.civic.dossier;

import java.time.Instant;
import java.util.List;

/**
 * Dossiers came in by a migration import. The only event an import raises: the dossiers themselves were filed and
 * decided in another system, so no filing or status event (and no notice to the applicant) follows.
 */
public record DossiersImported(String source, List<String> codes, Instant at) {}
