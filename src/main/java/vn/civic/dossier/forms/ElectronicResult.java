package vn.civic.dossier.forms;

import java.util.List;
import vn.civic.platform.pdf.OfficialHeader;

/**
 * An electronic result (kết quả điện tử, Decree 45/2020/NĐ-CP) as data: the issuing agency's heading with the number
 * and date, the title, the lines of the document and who signs. Rendered as PDF and then signed.
 *
 * @param kind which template lays it out
 * @param documentNumber number and symbol, e.g. {@code 07/UBND}
 * @param title the result's name as the document's title, e.g. "TRÍCH LỤC KHAI SINH"
 * @param lines the content, in order: a line with a null value is a heading of the lines after it
 * @param signerRole what the signature block says above the name: the leader's position, or the agency for a seal
 * @param signerName the approving leader's name; null when only the agency's seal signs
 * @param verifyUrl where anyone can check the signatures
 */
public record ElectronicResult(
        Kind kind,
        OfficialHeader header,
        String documentNumber,
        String title,
        String dossierCode,
        String procedureCode,
        String procedureName,
        List<Line> lines,
        String signerRole,
        String signerName,
        String verifyUrl) {

    public ElectronicResult {
        lines = List.copyOf(lines);
    }

    /** The layouts. */
    public enum Kind {
        /** Trích lục khai sinh (procedure 1.001193). */
        BIRTH_EXTRACT,
        /** Any other procedure's result: certificate, confirmation, licence. */
        CERTIFICATE
    }

    /** A label and its value; a null value makes the label a heading. */
    public record Line(String label, String value) {

        public boolean heading() {
            return value == null;
        }
    }
}
