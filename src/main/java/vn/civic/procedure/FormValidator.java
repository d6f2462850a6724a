package vn.civic.procedure;

import java.util.List;
import vn.civic.platform.error.FieldViolation;

/** Checks e-form data on the server against its definition. Implemented inside the procedure module. */
public interface FormValidator {

    /**
     * Every rejected field, none when the data is valid. Field paths are what the rendered form names its inputs:
     * {@code f.fullName}, {@code f.children[1].birthDate}; message keys are under {@code form.validation.*} with a
     * Vietnamese text. Values of fields the definition does not know are rejected too.
     */
    List<FieldViolation> validate(FormDefinition form, FormData data);
}
