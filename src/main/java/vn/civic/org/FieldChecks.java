package vn.civic.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * Collects the violations of one command, every field at once so that a form can mark them all. A field keeps its
 * first violation only. Messages are {@code org.form.<code>} in the org bundle.
 */
public final class FieldChecks {

    public static final String MESSAGE_PREFIX = "org.form.";

    /** Dates the administration records (a unit's first and last day). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A violation whose message is {@code org.form.<code>}. */
    public static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, MESSAGE_PREFIX + code, args);
    }

    /** The value stripped, or null when nothing but blanks was entered. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    FieldChecks add(String field, String code, Object... args) {
        if (!has(field)) {
            violations.add(violation(field, code, args));
        }
        return this;
    }

    /** Adds the violations of fields not rejected yet. */
    FieldChecks addAll(List<FieldViolation> more) {
        for (FieldViolation violation : more) {
            if (!has(violation.field())) {
                violations.add(violation);
            }
        }
        return this;
    }

    FieldChecks required(String field, Object value) {
        return value == null ? add(field, "required") : this;
    }

    FieldChecks text(String field, String value, int max, boolean required) {
        if (value == null) {
            return required ? add(field, "required") : this;
        }
        return value.length() > max ? add(field, "too_long", max) : this;
    }

    FieldChecks matches(String field, String value, Pattern pattern, String code) {
        return value != null && !pattern.matcher(value).matches() ? add(field, code) : this;
    }

    FieldChecks date(String field, LocalDate value, boolean required) {
        if (value == null) {
            return required ? add(field, "required") : this;
        }
        return value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE) ? add(field, "date_out_of_range") : this;
    }

    boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Refuses the command with every violation found, if any. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    List<FieldViolation> list() {
        return List.copyOf(violations);
    }
}
