package vn.civic.document.register;

import java.time.LocalDate;

/**
 * One line of a register with the columns of Decree 30/2020 Appendix IV. The incoming register uses
 * {@code receivedDate}, {@code author} and {@code receiver}; the outgoing one {@code signer}, {@code recipients},
 * {@code fileCopyKeeper} and {@code copies}. The signature-of-receipt column is left empty to sign on paper.
 *
 * @param number the incoming or outgoing number
 * @param typeAndSummary the type's name and the summary, as the register writes them ("Quyết định về việc ...")
 */
public record RegisterEntry(
        long documentId,
        long number,
        LocalDate receivedDate,
        String author,
        String numberSymbol,
        LocalDate documentDate,
        String typeAndSummary,
        String receiver,
        String signer,
        String recipients,
        String fileCopyKeeper,
        Integer copies,
        String notes) {

    /** The number as Decree 30/2020 writes it: below 10 with a leading zero. */
    public String numberText() {
        return number < 10 ? "0" + number : String.valueOf(number);
    }
}
