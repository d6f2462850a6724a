package vn.civic.platform.outbox;

/**
 * Delivers the messages of one channel. Returning normally marks the message sent; throwing schedules another attempt
 * with back-off ({@link UndeliverableException}: none). A handler may be called again for a message it already
 * delivered when its node died before the message was marked sent, so it passes the message's key on where the
 * receiver can use it (an email's Message-ID, the portal's dossier code).
 */
public interface OutboxHandler {

    /** The channel this handler delivers, e.g. {@code notify.email}. */
    String channel();

    void deliver(OutboxDelivery delivery) throws Exception;
}
