package vn.civic.payment;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the payment module; messages are {@code error.<code>} in {@code i18n/payment}. */
public enum PaymentError implements ErrorCode {
    /** The reference was already paid. */
    ALREADY_PAID("payment_already_paid", HttpStatus.CONFLICT),
    /** The amount to pay must be more than 0 đồng. */
    AMOUNT_INVALID("payment_amount_invalid", HttpStatus.BAD_REQUEST),
    /** No gateway of that name is configured. */
    GATEWAY_UNKNOWN("payment_gateway_unknown", HttpStatus.NOT_FOUND),
    /** A callback whose signature does not verify: forged or altered. */
    SIGNATURE_INVALID("payment_signature_invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    PaymentError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
