package vn.civic.platform.outbox;

/** Thrown by a handler for a message no retry can deliver (no address, a refused payload): kept as failed at once. */
public class UndeliverableException extends RuntimeException {

    public UndeliverableException(String message) {
        super(message);
    }
}
