package vn.civic.procedure.form;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.FormPrefill;
import vn.civic.procedure.FormValidator;

/**
 * Fills the fields whose profile key is known: top-level fields, and the fields of a group's first item (the applicant
 * is usually the first member of a household or the first founder). Prefilled fields are named as the inputs are,
 * without {@code f.}: {@code fullName}, {@code members[0].fullName}. Values are normalised like entered ones.
 */
@Component
class ProfilePrefill implements FormPrefill {

    private final FormValidator validator;

    ProfilePrefill(FormValidator validator) {
        this.validator = validator;
    }

    @Override
    public Prefilled prefill(FormDefinition form, Map<String, String> known) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> filled = new LinkedHashSet<>();
        for (FormField field : form.fields()) {
            if (field.type() == FieldType.GROUP) {
                Map<String, String> first = new LinkedHashMap<>();
                for (FormField itemField : field.fields()) {
                    if (fill(itemField, known, first)) {
                        filled.add(FormPaths.item(field.name(), 0) + "." + itemField.name());
                    }
                }
                if (!first.isEmpty()) {
                    values.put(field.name(), List.of(first));
                }
            } else if (fill(field, known, values)) {
                filled.add(field.name());
            }
        }
        return new Prefilled(validator.normalise(form, new FormData(values)), Set.copyOf(filled));
    }

    private static boolean fill(FormField field, Map<String, String> known, Map<String, ? super String> into) {
        String value = field.profileKey() == null ? null : known.get(field.profileKey());
        if (value == null || value.isBlank()) {
            return false;
        }
        into.put(field.name(), value);
        return true;
    }
}
