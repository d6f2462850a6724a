package vn.civic.procedure;

import java.util.List;
import vn.civic.platform.error.FieldViolation;

/** Checks e-form data on the server against its definition. Implemented inside the procedure module. */
public interface FormValidator {

    /**
     * Every rejected field, none when the data is valid. Field paths are what the rendered form names its inputs:
     * {@code f.fullName}, {@code f.children[1].birthDate}, an address's {@code f.address.unit} and {@code
     * f.address.street}, a group's count {@code f.children}; message keys are under {@code form.validation.*} with a
     * Vietnamese text. Values of fields the definition does not know are rejected too.
     *
     * <p>The data is judged as {@link #normalise} would store it, and item indexes are those of the normalised data
     * (entirely blank items dropped): re-render the normalised data with the violations.
     */
    List<FieldViolation> validate(FormDefinition form, FormData data);

    /**
     * The data as it should be stored: text trimmed, blank values and entirely blank group items dropped, personal
     * ID numbers and phone numbers reduced to their digits ({@code +84} becomes {@code 0}), numbers with a decimal
     * point ({@code 1.500.000} and {@code 12,5} become {@code 1500000} and {@code 12.5}). Unknown fields and values of
     * the wrong shape are kept as they are, for {@link #validate} to reject.
     */
    FormData normalise(FormDefinition form, FormData data);
}
