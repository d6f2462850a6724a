package vn.civic.feedback;

import java.util.List;
import java.util.Locale;

/**
 * A kind of report a citizen can file, kept as data (table {@code feedback_category}).
 *
 * @param code stable, lower-case ASCII with hyphens ({@code street-lighting}); it is also Open311's
 *     {@code service_code}
 * @param keywords words that help find the category (Open311 {@code keywords})
 * @param anonymousAllowed a report may be filed without signing in
 * @param locationRequired a report must carry a point or an address (on-site categories)
 * @param resolveWorkingDays working days to resolve a normal report; null for the configured default
 *     ({@code civic.feedback.resolve-working-days})
 * @param active offered to citizens and listed by Open311; an inactive category keeps its old reports
 * @param attributes extra questions, in their order; Open311's {@code metadata} is true when there are any
 */
public record FeedbackCategory(
        String code,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        CategoryGroup group,
        List<String> keywords,
        boolean anonymousAllowed,
        boolean locationRequired,
        Integer resolveWorkingDays,
        boolean active,
        List<FeedbackAttribute> attributes) {

    public FeedbackCategory {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public String name(Locale locale) {
        return isEnglish(locale) && nameEn != null ? nameEn : nameVi;
    }

    public String description(Locale locale) {
        return isEnglish(locale) && descriptionEn != null ? descriptionEn : descriptionVi;
    }

    /** True when the category asks extra questions (Open311 {@code metadata}). */
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
