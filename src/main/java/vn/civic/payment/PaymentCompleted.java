package vn.civic.payment;

import java.time.Instant;

/**
 * A payment was confirmed (by the gateway's signed callback or query, or recorded in cash at the counter) and its
 * e-receipt issued; published in the confirming transaction. Published once per order.
 *
 * @param receiptId for {@link Payments#receiptPdf(long)}
 * @param online paid through a gateway, not in cash
 */
public record PaymentCompleted(
        String reference, long amount, Instant paidAt, String receiptNumber, long receiptId, boolean online) {}
