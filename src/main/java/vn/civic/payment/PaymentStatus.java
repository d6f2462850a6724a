package vn.civic.payment;

/** Where a payment order is. */
public enum PaymentStatus {
    /** Sent to the gateway; waiting for its callback. */
    PENDING,
    COMPLETED,
    /** The gateway answered that the payment failed or the payer cancelled it. */
    FAILED,
    /** No answer within the time allowed, and the gateway's query found no payment. */
    EXPIRED,
    /** Replaced by a newer attempt of the same payer before any answer. */
    CANCELLED
}
