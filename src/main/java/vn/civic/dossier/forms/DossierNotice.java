package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.civic.platform.pdf.OfficialHeader;

/**
 * One of the notices an agency sends the applicant about a dossier (Circular 03/2025/TT-VPCP, Appendix I): form 02
 * the request to supplement and complete it, 03 the refusal to accept it, 04 the apology with a new appointment
 * date, 05 the notice that its processing stops. They share their parts: the heading of the agency that acted (dated
 * the day it acted), the number line of a document that carries one, the applicant, the dossier, the reason, and the
 * official who signs.
 *
 * @param numberSymbol "Số: …/TB-UBND" for the forms issued as documents (04, 05), the number left for the register;
 *     null for the slips (02, 03)
 * @param actedAt when the agency asked, refused, decided or stopped
 * @param documents form 02: the documents to supplement, by name; empty otherwise
 * @param previousDueAt form 04: the appointment the receipt gave; null otherwise
 * @param newDueAt form 04: the new appointment; null otherwise
 * @param signerName the official who acted; null when unknown
 */
public record DossierNotice(
        Kind kind,
        OfficialHeader header,
        String numberSymbol,
        String dossierCode,
        String applicantName,
        String applicantIdentifier,
        String procedureName,
        Instant receivedAt,
        Instant actedAt,
        String reason,
        List<String> documents,
        Instant previousDueAt,
        Instant newDueAt,
        String signerName)
        implements OfficialForm {

    public DossierNotice {
        documents = List.copyOf(documents);
    }

    /** Which notice; its form number, the path segment of its pages and its messages' key. */
    public enum Kind {
        SUPPLEMENT_REQUEST("02", "phieu-yeu-cau-bo-sung"),
        REFUSAL("03", "phieu-tu-choi"),
        APOLOGY("04", "van-ban-xin-loi"),
        STOP("05", "thong-bao-dung-giai-quyet");

        private final String number;
        private final String fileName;

        Kind(String number, String fileName) {
            this.number = number;
            this.fileName = fileName;
        }

        public String number() {
            return number;
        }

        /** {@code supplement-request}, {@code refusal}, {@code apology}, {@code stop}. */
        public String path() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind ofPath(String path) {
            for (Kind kind : values()) {
                if (kind.path().equals(path)) {
                    return kind;
                }
            }
            return null;
        }
    }

    @Override
    public String template() {
        return "dossierforms/notice";
    }

    @Override
    public String fileName() {
        return kind.fileName + "-" + dossierCode;
    }
}
