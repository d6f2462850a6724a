package vn.civic.org;

import java.util.Locale;

/**
 * A level of the administrative hierarchy, as data.
 *
 * @param depth 1 for the top level; larger is lower
 */
public record AdministrativeLevelView(long id, String code, String nameVi, String nameEn, int depth) {

    /** The name in the reader's language: English for English, Vietnamese otherwise. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
