package vn.civic.payment;

/** A payment attempt failed, was cancelled by the payer or expired; the payer may try again. */
public record PaymentFailed(String reference, String orderRef, String status) {}
