package vn.civic.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A payment gateway (cổng thanh toán) the platform sends payers to: the port each gateway's adapter implements. The
 * flow is that of the Vietnamese gateways (VNPay 2.1.0 in shape): the payer is redirected to the gateway's pay page
 * with a signed request; the gateway calls the platform back server to server (IPN) with a signed message and
 * redirects the browser back with a signed return; a pending payment can be queried.
 */
public interface PaymentGateway {

    /** The gateway's id in settings and callback paths ({@code sandbox}). */
    String id();

    /** Where to send the payer for the order, with the signed request. */
    URI payUrl(Order order, URI returnUrl);

    /**
     * The message of a callback (IPN or return), once its signature is verified.
     *
     * @return empty when the signature does not verify or the message is not for this merchant
     */
    Optional<Message> verify(Map<String, String> parameters);

    /** Asks the gateway what became of the order; empty when it knows no payment for it. */
    Optional<Message> query(Order order);

    /** What the gateway is told of an order. */
    record Order(String orderRef, long amount, String description, Instant createdAt) {}

    /**
     * A verified message from the gateway about one order.
     *
     * @param success the payment went through (response and transaction status 00)
     * @param responseCode the gateway's code, kept on the order
     */
    record Message(
            String orderRef, long amount, boolean success, String responseCode, String transactionNo, Instant paidAt) {}
}
