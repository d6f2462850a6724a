package vn.civic.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an applicant entered in an e-form, keyed by field name. A value is a {@code String} (an address is stored as
 * {@code "<unit id>|<street address>"}), or for a {@link FormField.FieldType#GROUP} a {@code List<Map<String,
 * String>>} of items. Stored by the dossier module as JSON.
 */
public record FormData(Map<String, Object> values) {

    public FormData {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static FormData empty() {
        return new FormData(Map.of());
    }

    /** The text of a top-level field, or null. */
    public String text(String name) {
        return values.get(name) instanceof String s ? s : null;
    }

    /** The items of a group, empty when none. */
    @SuppressWarnings("unchecked")
    public List<Map<String, String>> items(String name) {
        return values.get(name) instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
    }
}
