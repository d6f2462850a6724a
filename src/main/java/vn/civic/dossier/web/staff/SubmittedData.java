package vn.civic.dossier.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.civic.dossier.forms.Addresses;
import vn.civic.dossier.forms.FieldTexts;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;

/**
 * A dossier's e-form as read-only rows: the field's label in the page's language with its value in words (a choice's
 * label, an address as the street and its units), and a group as a table of its items.
 */
record SubmittedData(List<Row> rows) {

    /** A field: {@code value} for a plain field, {@code columns} and {@code items} for a group. */
    record Row(String label, String value, List<String> columns, List<List<String>> items) {

        public boolean group() {
            return items != null;
        }
    }

    static SubmittedData of(FormDefinition form, FormData data, Addresses addresses, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (field.type() == FieldType.GROUP) {
                List<List<String>> items = new ArrayList<>();
                for (Map<String, String> item : data.items(field.name())) {
                    items.add(field.fields().stream()
                            .map(f -> value(f, item.get(f.name()), addresses, locale))
                            .toList());
                }
                rows.add(new Row(
                        label(field, locale),
                        null,
                        field.fields().stream().map(f -> label(f, locale)).toList(),
                        items));
            } else {
                rows.add(new Row(
                        label(field, locale), value(field, data.text(field.name()), addresses, locale), null, null));
            }
        }
        return new SubmittedData(rows);
    }

    private static String label(FormField field, Locale locale) {
        return "en".equals(locale.getLanguage()) && field.labelEn() != null ? field.labelEn() : field.label();
    }

    private static String value(FormField field, String value, Addresses addresses, Locale locale) {
        return FieldTexts.of(field, value, addresses, locale);
    }
}
