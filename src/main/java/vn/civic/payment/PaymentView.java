package vn.civic.payment;

import java.time.Instant;

/**
 * A payment order as its owner sees it.
 *
 * @param orderRef the gateway's transaction reference (one per attempt)
 * @param receipt the e-receipt once completed, else null
 */
public record PaymentView(
        String orderRef,
        String reference,
        long amount,
        String description,
        String method,
        PaymentStatus status,
        Instant createdAt,
        Instant completedAt,
        ReceiptView receipt) {

    /**
     * An e-receipt (biên lai điện tử).
     *
     * @param number the template code, the series and the number as printed: {@code 01BLP0-001 AA-26E 0000012}
     */
    public record ReceiptView(long id, String templateCode, String series, long number, Instant issuedAt) {

        public String label() {
            return templateCode + " " + series + " " + String.format("%07d", number);
        }
    }
}
