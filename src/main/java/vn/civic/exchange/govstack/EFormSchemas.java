package vn.civic.exchange.govstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.civic.procedure.FormField;
import vn.civic.procedure.ProcedureView;

/**
 * A procedure's e-form as the JSON Schema the GovStack spec's {@code EForm.schema} holds: one property per field with
 * its label as title, required fields listed, choices as {@code enum}, groups as arrays of objects. What the schema
 * cannot say (the personal ID number's rules, a current commune) the submission still checks.
 */
@Component
class EFormSchemas {

    Map<String, Object> schema(ProcedureView procedure) {
        Map<String, Object> schema = object(procedure.form().fields());
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", procedure.name());
        return schema;
    }

    private static Map<String, Object> object(List<FormField> fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FormField field : fields) {
            properties.put(field.name(), property(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> property(FormField field) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", field.label());
        if (field.labelEn() != null) {
            p.put("x-title-en", field.labelEn());
        }
        if (field.help() != null) {
            p.put("description", field.help());
        }
        if (field.profileKey() != null) {
            p.put("x-profile-key", field.profileKey());
        }
        switch (field.type()) {
            case GROUP -> {
                p.put("type", "array");
                p.put("items", object(field.fields()));
                if (field.minItems() != null) {
                    p.put("minItems", field.minItems());
                }
                if (field.maxItems() != null) {
                    p.put("maxItems", field.maxItems());
                }
            }
            case CHOICE -> {
                p.put("type", "string");
                p.put(
                        "enum",
                        field.choices().stream()
                                .map(FormField.FieldChoice::value)
                                .toList());
            }
            case DATE -> {
                p.put("type", "string");
                p.put("format", "date");
            }
            case EMAIL -> {
                p.put("type", "string");
                p.put("format", "email");
            }
            case PERSONAL_ID -> {
                p.put("type", "string");
                p.put("pattern", "^\\d{12}$");
            }
            case ADDRESS -> {
                p.put("type", "string");
                p.put("description", "<commune unit id>|<street address>");
            }
            default -> {
                p.put("type", "string");
                if (field.maxLength() != null) {
                    p.put("maxLength", field.maxLength());
                }
            }
        }
        return p;
    }
}
