package vn.civic.payment.receipt;

import java.time.Instant;
import vn.civic.platform.pdf.OfficialHeader;

/**
 * What an e-receipt prints (Decree 11/2020/NĐ-CP on receipts for fees and charges; Decree 123/2020/NĐ-CP).
 *
 * @param amountInWords the amount in Vietnamese words
 * @param method how it was paid, in Vietnamese
 */
public record ReceiptDocument(
        OfficialHeader header,
        String templateCode,
        String series,
        String number,
        String collectorName,
        String collectorCode,
        String payerName,
        String reference,
        String description,
        String amount,
        String amountInWords,
        String method,
        String transactionNo,
        Instant paidAt) {}
