package vn.civic.document.search;

import java.time.LocalDate;
import vn.civic.document.DocumentKind;

/**
 * One document found, as the index holds it.
 *
 * @param excerpt folded text around the first word where the summary does not show it; null otherwise
 */
public record SearchHit(
        DocumentKind kind,
        long documentId,
        String numberSymbol,
        Long registerNumber,
        LocalDate documentDate,
        String typeCode,
        String summary,
        String sender,
        String status,
        String handlers,
        String excerpt) {

    /** The staff page of the document: {@code /work/documents/incoming/{id}} or {@code .../outgoing/{id}}. */
    public String path() {
        return "/work/documents/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + documentId;
    }
}
