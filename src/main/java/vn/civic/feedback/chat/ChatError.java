package vn.civic.feedback.chat;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Refusals of the chat-app webhook; messages are {@code error.<code>} in {@code i18n/feedback-chat}. */
public enum ChatError implements ErrorCode {
    /** The webhook has no secret key or application id configured, so it cannot tell a real event from a forged one. */
    NOT_CONFIGURED("feedback_chat_not_configured", HttpStatus.SERVICE_UNAVAILABLE),
    /** The body is not a chat app event (not JSON, or without its timestamp or application id). */
    EVENT_MALFORMED("feedback_chat_event_malformed", HttpStatus.BAD_REQUEST),
    /** The body is larger than {@code civic.feedback.chat.max-body-size}. */
    EVENT_TOO_LARGE("feedback_chat_event_too_large", HttpStatus.CONTENT_TOO_LARGE),
    /** The signature header is missing or does not match the body. */
    SIGNATURE_INVALID("feedback_chat_signature_invalid", HttpStatus.UNAUTHORIZED),
    /** The event's timestamp is outside the accepted window: a replay, or a clock far off. */
    EVENT_STALE("feedback_chat_event_stale", HttpStatus.UNAUTHORIZED),
    /** The event was sent to another official account than this one. */
    ACCOUNT_UNKNOWN("feedback_chat_account_unknown", HttpStatus.FORBIDDEN);

    private final String code;
    private final HttpStatus status;

    ChatError(String code, HttpStatus status) {
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
