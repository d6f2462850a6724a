package vn.civic.document;

import java.util.Locale;

/**
 * A document type of Decree 30/2020 (Quyết định, Công văn, ...).
 *
 * @param code stable ASCII code used in URLs and tables ({@code QD})
 * @param abbreviation what the symbol carries ({@code QĐ}); empty for letters
 * @param edxmlType edXML {@code DocumentType/Type}: 1 legal normative, 2 administrative
 * @param letter a công văn, whose symbol carries no type abbreviation ({@code 45/UBND-VP})
 */
public record DocumentTypeView(
        String code, String abbreviation, String nameVi, String nameEn, int edxmlType, boolean letter) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
