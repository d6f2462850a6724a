package vn.civic.procedure;

import java.util.List;

/**
 * One field of an e-form. Labels are data of the procedure (Vietnamese, English when given), not message keys.
 *
 * @param name unique among its siblings, {@code [a-zA-Z][a-zA-Z0-9]*}; the key in {@link FormData}
 * @param labelEn English label, or null to show the Vietnamese one
 * @param help a hint under the field, may be null
 * @param profileKey what the field means across forms ({@code applicant.fullName}, {@code child.birthDate}): the
 *     platform pre-fills it from the applicant's profile and earlier dossiers (once-only); null when not reusable
 * @param choices for {@link FieldType#CHOICE}
 * @param maxLength for text fields, or null for the type's default
 * @param fields for {@link FieldType#GROUP}: the fields of one item
 * @param minItems for {@link FieldType#GROUP}, or null
 * @param maxItems for {@link FieldType#GROUP}, or null
 */
public record FormField(
        String name,
        FieldType type,
        String label,
        String labelEn,
        String help,
        boolean required,
        String profileKey,
        List<FieldChoice> choices,
        Integer maxLength,
        List<FormField> fields,
        Integer minItems,
        Integer maxItems) {

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public enum FieldType {
        TEXT,
        /** Several lines of text. */
        TEXTAREA,
        NUMBER,
        /** A calendar date, {@code yyyy-MM-dd}. */
        DATE,
        /** One of {@link #choices()}. */
        CHOICE,
        /** A 12-digit personal identification number (số định danh cá nhân). */
        PERSONAL_ID,
        /** A current administrative unit (province → commune/ward) and a street address inside it. */
        ADDRESS,
        PHONE,
        EMAIL,
        /** Repeating items, each with {@link #fields()}. */
        GROUP
    }

    /** One option of a choice field. */
    public record FieldChoice(String value, String label, String labelEn) {}
}
