package vn.civic.org;

import java.util.Locale;

/**
 * A position (chức vụ), e.g. Chủ tịch, Trưởng phòng, Chuyên viên.
 *
 * @param leader whether the position leads an agency or a department
 */
public record PositionView(long id, String code, String nameVi, String nameEn, boolean leader) {

    /** The name in the reader's language: English for English, Vietnamese otherwise. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
