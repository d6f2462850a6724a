package vn.civic.document;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.civic.platform.sequence.GaplessCounters;
import vn.civic.platform.time.CivicTime;

/**
 * Register numbers by Decree 30/2020 Art. 15 and 22: one sequence per agency, register (incoming or outgoing) and
 * calendar year, restarting at 1 on 1 January (Asia/Ho_Chi_Minh), and a separate sequence for confidential documents.
 * Numbers come from {@link GaplessCounters}: never reused and never skipped, also with many clerks at once, as long as
 * the number is stored in the same transaction.
 */
@Service
public class DocumentNumbers {

    private final GaplessCounters counters;
    private final Clock clock;

    DocumentNumbers(GaplessCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** A number of a register: its year and the number in that year's sequence. */
    public record RegisterNumber(int year, long number) {}

    /** The next number of the agency's register for today's year; call inside the transaction that stores it. */
    public RegisterNumber next(DocumentKind kind, long agencyId, boolean confidential) {
        int year = LocalDate.now(clock.withZone(CivicTime.ZONE)).getYear();
        return new RegisterNumber(year, counters.next(series(kind, agencyId, year, confidential)));
    }

    /** The last number handed out in the register of that year, 0 if none. */
    public long last(DocumentKind kind, long agencyId, int year, boolean confidential) {
        return counters.last(series(kind, agencyId, year, confidential));
    }

    private static String series(DocumentKind kind, long agencyId, int year, boolean confidential) {
        return "document:" + kind + ":" + agencyId + ":" + year + (confidential ? ":confidential" : ":regular");
    }

    /**
     * The number and symbol of an issued document (Decree 30/2020 Appendix I): numbers below 10 get a leading zero;
     * a document with a type name carries the type's and the issuer's abbreviations ({@code 12/QĐ-UBND}); a letter
     * carries the issuer's and the drafting unit's ({@code 45/UBND-VP}).
     *
     * @param unitAbbreviation the drafting department's abbreviation, used for letters; may be null
     */
    public static String symbol(
            long number, DocumentTypeView type, String issuerAbbreviation, String unitAbbreviation) {
        String digits = number < 10 ? "0" + number : Long.toString(number);
        String notation = type.letter()
                ? issuerAbbreviation
                        + (unitAbbreviation == null || unitAbbreviation.isBlank() ? "" : "-" + unitAbbreviation)
                : type.abbreviation() + "-" + issuerAbbreviation;
        return digits + "/" + notation;
    }
}
