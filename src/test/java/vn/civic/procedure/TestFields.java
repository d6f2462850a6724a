package vn.civic.procedure;

import java.util.List;
import vn.civic.procedure.FormField.FieldChoice;
import vn.civic.procedure.FormField.FieldType;

/** Short ways to write e-form fields in tests: the label is the name unless given. */
public final class TestFields {

    private TestFields() {}

    public static FormField field(String name, FieldType type) {
        return labelled(name, type, name, false);
    }

    public static FormField required(String name, FieldType type) {
        return labelled(name, type, name, true);
    }

    public static FormField labelled(String name, FieldType type, String label, boolean required) {
        return new FormField(name, type, label, null, null, required, null, null, null, null, null, null);
    }

    public static FormField text(String name, int maxLength) {
        return new FormField(name, FieldType.TEXT, name, null, null, false, null, null, maxLength, null, null, null);
    }

    public static FormField prefillable(String name, FieldType type, String label, String labelEn, String profileKey) {
        return new FormField(name, type, label, labelEn, null, false, profileKey, null, null, null, null, null);
    }

    /** A choice whose options are labelled by their values. */
    public static FormField choice(String name, String label, boolean required, String... values) {
        List<FieldChoice> choices =
                List.of(values).stream().map(v -> new FieldChoice(v, v, null)).toList();
        return new FormField(
                name, FieldType.CHOICE, label, null, null, required, null, choices, null, null, null, null);
    }

    public static FormField group(
            String name, String label, String labelEn, Integer minItems, Integer maxItems, FormField... fields) {
        return new FormField(
                name,
                FieldType.GROUP,
                label,
                labelEn,
                null,
                false,
                null,
                null,
                null,
                List.of(fields),
                minItems,
                maxItems);
    }
}
