package vn.civic.feedback.web;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.ReportStatus;
import vn.civic.platform.time.CivicTime;

/** What the citizen feedback templates ask ({@code ${@citizenFeedbackPages.dateTime(...)}}). */
@Component("citizenFeedbackPages")
public class CitizenFeedbackPages {

    /** An instant as Vietnamese users read it, in Vietnam's time: {@code 09:30 04/03/2026}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : CivicTime.DATE_TIME.format(instant.atZone(CivicTime.ZONE));
    }

    /**
     * How a report is drawn (badge and map dot): {@code open} while it waits for an answer, {@code answered} once the
     * answer is published (rated or not), {@code closed} otherwise (merged, hidden).
     */
    public String kind(ReportStatus status) {
        if (status == null) {
            return "closed";
        }
        return switch (status) {
            case SUBMITTED, ROUTED, IN_PROGRESS, REOPENED -> "open";
            case ANSWERED, CLOSED -> "answered";
            case MERGED, HIDDEN -> "closed";
        };
    }

    /** The first words of a description, for lists and map pop-ups. */
    public String excerpt(String text, int length) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        return flat.substring(0, cut > length / 2 ? cut : length) + "…";
    }

    /** True when the report has a point to draw on a map. */
    public boolean located(PublicReport report) {
        return report.latitude() != null && report.longitude() != null;
    }

    /** A coordinate as the map's data attributes carry it (dot decimal, whatever the page's language). */
    public String coordinate(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.6f", value);
    }

    /**
     * The element an error of the report form points at: {@code photos#2} → {@code photos},
     * {@code attr.dossier.dossier-code} → {@code attr-dossier-dossier-code}.
     */
    public String inputId(String errorKey) {
        String key = errorKey.contains("#") ? errorKey.substring(0, errorKey.indexOf('#')) : errorKey;
        return key.replace('.', '-');
    }
}
