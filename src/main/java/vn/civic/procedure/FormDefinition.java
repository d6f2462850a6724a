package vn.civic.procedure;

import java.util.List;

/** The e-form of a procedure: its fields in the order they are shown. */
public record FormDefinition(List<FormField> fields) {

    public FormDefinition {
        fields = List.copyOf(fields);
    }
}
