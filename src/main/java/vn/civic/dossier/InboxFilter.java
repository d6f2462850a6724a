package vn.civic.dossier;

import java.util.Set;

/**
 * What the staff inbox shows.
 *
 * @param statuses the statuses shown; empty for every status a dossier waits for an official in (1, 2, 4, 9)
 * @param procedureCode one procedure, or null
 * @param text a dossier code, a personal ID number or tax code, or words of the applicant's name (diacritics and case
 *     ignored); null or blank for any
 */
public record InboxFilter(Set<DossierStatus> statuses, String procedureCode, String text, int page, int size) {

    public static InboxFilter all() {
        return new InboxFilter(Set.of(), null, null, 0, 50);
    }
}
