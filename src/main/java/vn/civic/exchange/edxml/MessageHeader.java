package vn.civic.exchange.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * The edXML {@code MessageHeader} of a document, its elements in the order QCVN 102:2016 writes them.
 *
 * @param to one or more recipients
 * @param toPlaces the recipients as the document's "nơi nhận" lists them
 * @param steeringType 1 not a directive, 2 a directive, 3 a report on a directive
 * @param documentId {@code {OrganId},{yyyy/MM/dd},{Number}/{Notation}} ({@link DocumentIds})
 * @param responseFor the document this one answers, or null
 */
public record MessageHeader(
        Organisation from,
        List<Organisation> to,
        Code code,
        PromulgationInfo promulgationInfo,
        DocumentType documentType,
        String subject,
        String content,
        SignerInfo signerInfo,
        LocalDate dueDate,
        List<String> toPlaces,
        OtherInfo otherInfo,
        int steeringType,
        String documentId,
        ResponseFor responseFor) {

    public MessageHeader {
        to = List.copyOf(to);
        toPlaces = List.copyOf(toPlaces);
    }

    /** {@code Code}: the number and the symbol after the slash ({@code 12} and {@code QĐ-UBND}). */
    public record Code(String codeNumber, String codeNotation) {

        /** {@code 12/QĐ-UBND}. */
        public String numberSymbol() {
            return codeNumber + "/" + codeNotation;
        }
    }

    /** {@code PromulgationInfo}: where and when it was issued. */
    public record PromulgationInfo(String place, LocalDate promulgationDate) {}

    /**
     * {@code DocumentType}.
     *
     * @param type 1 legal normative, 2 administrative
     */
    public record DocumentType(int type, String typeName) {}

    /** {@code SignerInfo}: who signed, with what competence (e.g. "TM. ỦY BAN NHÂN DÂN") and position. */
    public record SignerInfo(String competence, String position, String fullName) {}

    /**
     * {@code OtherInfo}.
     *
     * @param priority the urgency code, 0 normal to 4 (STANDARDS.md)
     * @param typerNotation the typist's initials
     */
    public record OtherInfo(
            int priority,
            String sphereOfPromulgation,
            String typerNotation,
            Integer promulgationAmount,
            Integer pageAmount,
            List<String> appendixes) {

        public OtherInfo {
            appendixes = List.copyOf(appendixes);
        }
    }

    /** {@code ResponseFor}: the document answered, by its sender, number and symbol, date and DocumentId. */
    public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {}
}
