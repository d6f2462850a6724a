package vn.civic.org;

import java.util.List;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;

/** What the org editors share: the version check and the duplicate that the database caught. */
final class Edits {

    private Edits() {}

    /**
     * Refuses an edit started from another version than the stored one with
     * {@link CommonError#CONCURRENT_MODIFICATION}.
     */
    static void requireVersion(long stored, long startedFrom) {
        if (stored != startedFrom) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
    }

    /**
     * A duplicate that slipped past the editor's check (two administrators saving the same code at once) reported on
     * its field as {@code code_taken}; any other failure as it was.
     */
    static RuntimeException duplicateOr(DataIntegrityViolationException failure, String constraint, String field) {
        return violated(failure, constraint)
                ? new InvalidInputException(List.of(FieldChecks.violation(field, "code_taken")))
                : failure;
    }

    /** True when the failure names the constraint (PostgreSQL: its name; H2: its index, named after it). */
    static boolean violated(DataIntegrityViolationException failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        String message = failure.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
