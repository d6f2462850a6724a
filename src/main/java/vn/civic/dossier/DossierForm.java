package vn.civic.dossier;

import java.util.List;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** Field violations of the dossier module: message keys {@code dossier.form.<code>} in its bundle. */
final class DossierForm {

    static final String MESSAGE_PREFIX = "dossier.form.";

    private DossierForm() {}

    static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, MESSAGE_PREFIX + code, args);
    }

    static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(violation(field, code, args)));
    }
}
