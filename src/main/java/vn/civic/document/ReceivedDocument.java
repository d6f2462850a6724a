package vn.civic.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A document that arrived through the exchange for an agency on this platform, already checked (integrity, the
 * sender's signature, size) by the exchange.
 *
 * @param exchangeDocumentId the edXML DocumentId, {@code 000.00.00.G22,2018/09/20,7816/VPCP-TTĐT}
 * @param typeCode the Decree 30 type read from the symbol or the type name, {@code CV} when it cannot be told
 * @param replacesExchangeDocumentIds documents of the same sender this one replaces (trace action 3), else empty
 */
public record ReceivedDocument(
        long agencyId,
        String exchangeDocumentId,
        String senderCode,
        String senderName,
        String numberSymbol,
        LocalDate documentDate,
        String typeCode,
        String summary,
        String signerName,
        Urgency urgency,
        LocalDate dueDate,
        Integer pageCount,
        List<String> replacesExchangeDocumentIds,
        List<DocumentFile> files) {}
