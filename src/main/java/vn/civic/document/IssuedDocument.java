package vn.civic.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued outgoing document as the exchange sends it: the parts of Decree 30/2020 and the edXML MessageHeader.
 *
 * @param agencyCode the issuing agency's organisation code (edXML {@code From/OrganId})
 * @param number the number in the outgoing register ({@code CodeNumber})
 * @param notation the symbol after the slash, {@code QĐ-UBND} ({@code CodeNotation})
 * @param place where it was issued (the city or province), for {@code PromulgationInfo/Place}
 * @param replacesDocumentId the outgoing document this one replaces, or null
 * @param files the signed PDF first, then appendices
 */
public record IssuedDocument(
        long id,
        long agencyId,
        String agencyCode,
        String agencyName,
        long number,
        String notation,
        String numberSymbol,
        String place,
        LocalDate issuedDate,
        Instant issuedAt,
        DocumentTypeView type,
        String summary,
        String signerName,
        String signerPosition,
        Urgency urgency,
        int steeringType,
        LocalDate dueDate,
        Integer copies,
        Integer pageCount,
        boolean confidential,
        Long replacesDocumentId,
        List<Recipient> recipients,
        List<DocumentFile> files) {

    /**
     * A recipient (nơi nhận).
     *
     * @param agencyId the agency on this platform, or null when it is elsewhere
     * @param organisationCode its organisation code, or null for a recipient reached on paper only
     */
    public record Recipient(long id, Long agencyId, String organisationCode, String name) {}
}
