package vn.civic.document;

/**
 * An incoming document that came through the exchange reached a status its sender is told about (arrived, accepted
 * at registration, rejected, assigned, finished, recall agreed or refused).
 *
 * @param staffName who acted, for the status message's StaffInfo; null for the system
 */
public record IncomingDocumentStatusChanged(
        long documentId,
        long agencyId,
        String exchangeDocumentId,
        String senderCode,
        ExchangeStatus status,
        String description,
        String staffName) {}
