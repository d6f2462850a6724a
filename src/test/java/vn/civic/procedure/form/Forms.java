package vn.civic.procedure.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldChoice;
import vn.civic.procedure.FormField.FieldType;

/** Short ways to write e-form fields in tests, and the validator on a fixed day without the unit tree. */
final class Forms {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(CivicTime.ZONE).toInstant(), CivicTime.ZONE);

    private Forms() {}

    /** Rules that need no administrative unit: every unit id is unknown. */
    static FormValidation validator() {
        return new FormValidation(id -> Optional.empty(), CLOCK);
    }

    static FormField field(String name, FieldType type) {
        return new FormField(name, type, name, null, null, false, null, null, null, null, null, null);
    }

    static FormField required(String name, FieldType type) {
        return new FormField(name, type, name, null, null, true, null, null, null, null, null, null);
    }

    static FormField text(String name, int maxLength) {
        return new FormField(name, FieldType.TEXT, name, null, null, false, null, null, maxLength, null, null, null);
    }

    static FormField prefillable(String name, FieldType type, String label, String labelEn, String profileKey) {
        return new FormField(name, type, label, labelEn, null, false, profileKey, null, null, null, null, null);
    }

    static FormField choice(String name, boolean required, String... values) {
        List<FieldChoice> choices = java.util.Arrays.stream(values)
                .map(v -> new FieldChoice(v, "Nhãn " + v, "Label " + v))
                .toList();
        return new FormField(name, FieldType.CHOICE, name, null, null, required, null, choices, null, null, null, null);
    }

    static FormField group(String name, Integer minItems, Integer maxItems, FormField... fields) {
        return new FormField(
                name, FieldType.GROUP, name, null, null, false, null, null, null, List.of(fields), minItems, maxItems);
    }
}
