package vn.civic.document.register;

import java.time.LocalDate;
import vn.civic.document.DocumentKind;

/**
 * What a register shows: the incoming or outgoing register of a year, the ordinary or the confidential one, narrowed
 * by optional filters.
 *
 * @param from first day (date received for the incoming register, date issued for the outgoing one), or null
 * @param to last day, included, or null
 * @param numberFrom lowest register number, or null
 * @param numberTo highest register number, or null
 * @param typeCode a {@code document_type} code, or null for every type
 * @param party the author (incoming) or a recipient (outgoing) contains this, ignoring case; or null
 * @param summary the summary contains this, ignoring case; or null
 */
public record RegisterQuery(
        DocumentKind kind,
        int year,
        boolean confidential,
        LocalDate from,
        LocalDate to,
        Long numberFrom,
        Long numberTo,
        String typeCode,
        String party,
        String summary) {

    public static RegisterQuery of(DocumentKind kind, int year) {
        return new RegisterQuery(kind, year, false, null, null, null, null, null, null, null);
    }
}
