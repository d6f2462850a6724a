package vn.civic.platform.error;

/**
 * One rejected field: the form field or JSON property, a stable code and the message key with its arguments.
 */
public record FieldViolation(String field, String code, String messageKey, Object... args) {

    /** A violation whose message key is {@code validation.<code>}. */
    public static FieldViolation of(String field, String code, Object... args) {
        return new FieldViolation(field, code, "validation." + code, args);
    }
}
