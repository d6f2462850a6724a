package vn.civic.feedback;

import java.util.List;

/**
 * An extra question a category asks (Open311 service definition attribute), e.g. {@code dossier-code} for a
 * complaint about a dossier or {@code pole-number} for a street light.
 *
 * @param code stable, lower-case ASCII with hyphens; Open311's attribute {@code code}
 * @param required a report without a value is refused
 * @param order position in forms, from 1
 * @param descriptionVi the question, in Vietnamese (Open311 {@code description})
 * @param values the allowed values of a list attribute; empty otherwise
 */
public record FeedbackAttribute(
        String code,
        AttributeDatatype datatype,
        boolean required,
        int order,
        String descriptionVi,
        String descriptionEn,
        List<Value> values) {

    public FeedbackAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One allowed value of a list attribute: Open311's {@code key} and {@code name}. */
    public record Value(String key, String nameVi, String nameEn) {}

    /** The question in the language asked for ({@code en} gives English, anything else Vietnamese). */
    public String description(java.util.Locale locale) {
        return FeedbackCategory.isEnglish(locale) && descriptionEn != null ? descriptionEn : descriptionVi;
    }
}
