package vn.civic.dossier.forms;

import java.util.Locale;
import vn.civic.procedure.FormField;

/** An e-form value in words: a choice's label, an address as the street and its units, a date as dd/MM/yyyy. */
public final class FieldTexts {

    private FieldTexts() {}

    public static String of(FormField field, String value, Addresses addresses, Locale locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return switch (field.type()) {
            case ADDRESS -> addresses.text(value);
            case CHOICE ->
                field.choices().stream()
                        .filter(c -> c.value().equals(value))
                        .map(c -> "en".equals(locale.getLanguage()) && c.labelEn() != null ? c.labelEn() : c.label())
                        .findFirst()
                        .orElse(value);
            case DATE ->
                value.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4)
                        : value;
            default -> value;
        };
    }
}
