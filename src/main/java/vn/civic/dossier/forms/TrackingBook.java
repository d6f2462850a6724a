package vn.civic.dossier.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.civic.platform.pdf.OfficialHeader;

/**
 * The dossier tracking book (Sổ theo dõi hồ sơ, form 07 of Circular 03/2025/TT-VPCP, Appendix I) of one agency over a
 * period: a landscape table, one line per dossier received, in the order received.
 *
 * @param truncated true when the period held more dossiers than one book lists ({@link TrackingBooks#MAX_LINES})
 */
public record TrackingBook(OfficialHeader header, LocalDate from, LocalDate to, List<Entry> entries, boolean truncated)
        implements OfficialForm {

    public TrackingBook {
        entries = List.copyOf(entries);
    }

    /**
     * One dossier.
     *
     * @param processingAgency the agency of its processing step (the agency in charge), for a linked dossier the
     *     first that is not the receiving agency
     * @param finishedAt when it was finished (the result came back to the counter); null before
     * @param returnedAt when the result was handed over; null before
     * @param status the national status code, for the notes
     */
    public record Entry(
            String code,
            String procedureName,
            String applicantName,
            String applicantAddress,
            String applicantPhone,
            String processingAgency,
            Instant receivedAt,
            Instant dueAt,
            Instant finishedAt,
            Instant returnedAt,
            int status,
            vn.civic.dossier.Timeliness timeliness) {}

    @Override
    public String template() {
        return "dossierforms/tracking-book";
    }

    @Override
    public String fileName() {
        return "so-theo-doi-ho-so-" + from + "-" + to;
    }
}
