package vn.civic.exchange.edxml;

import vn.civic.platform.error.CivicException;

/** A package refused, with the reason ({@link ExchangeError}) and a detail for the log and the status message. */
public class EdXmlException extends CivicException {

    private final transient ExchangeError error;
    private final String detail;

    public EdXmlException(ExchangeError error, String detail) {
        super(error);
        this.error = error;
        this.detail = detail;
    }

    public ExchangeError error() {
        return error;
    }

    /** The reason in words: the code and what was wrong, e.g. {@code exchange_header_invalid: Subject is missing}. */
    public String reason() {
        return detail == null ? error.code() : error.code() + ": " + detail;
    }

    @Override
    public String getMessage() {
        return reason();
    }
}
