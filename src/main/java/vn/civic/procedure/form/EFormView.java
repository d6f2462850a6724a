package vn.civic.procedure.form;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.civic.platform.error.FieldViolation;

/**
 * What the fragment {@code procedure/eform :: fields} shows: the fields in order, the summary of errors, and the
 * communes and wards to pick an address from, grouped by province (empty when the form has no address).
 */
public record EFormView(List<FieldView> fields, List<ErrorView> errors, List<PlaceGroup> places) {

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The English text when the reader reads English and there is one, else the Vietnamese. */
    static String pick(String vi, String en, Locale locale) {
        return english(locale) && en != null ? en : vi;
    }

    /**
     * One field as rendered.
     *
     * @param type the {@link vn.civic.procedure.FormField.FieldType} name
     * @param name the input's name ({@code f.members[1].birthDate}); an address adds {@code .unit} and {@code .street}
     * @param id the input's id, and the stem of its hint, badge and error ids
     * @param value the value shown; an address's unit id
     * @param street an address's street part
     * @param error the field's violation (an address's unit), or null
     * @param streetError an address's street violation, or null
     * @param items a group's items, shown
     * @param canAdd whether a group may take another item
     */
    public record FieldView(
            String type,
            String name,
            String id,
            String label,
            String labelEn,
            String help,
            boolean required,
            String value,
            String street,
            Integer maxLength,
            boolean prefilled,
            FieldViolation error,
            FieldViolation streetError,
            List<Option> choices,
            List<ItemView> items,
            boolean canAdd) {

        /** Radios read faster than a list for a handful of choices. */
        static final int MAX_RADIOS = 4;

        public String label(Locale locale) {
            return pick(label, labelEn, locale);
        }

        /** {@code vi} when an English reader is shown the Vietnamese label, else null. */
        public String labelLang(Locale locale) {
            return english(locale) && labelEn == null ? "vi" : null;
        }

        /** {@code vi} when an English reader is shown the (Vietnamese) help, else null. */
        public String helpLang(Locale locale) {
            return english(locale) ? "vi" : null;
        }

        /** The value of a group's "add item" button: its field name. */
        public String addValue() {
            return name.substring(FormPaths.PREFIX.length());
        }

        public boolean radios() {
            return type.equals("CHOICE") && choices.size() <= MAX_RADIOS;
        }

        /** How the fragment lays it out: {@code GROUP}, {@code ADDRESS}, {@code RADIOS} or a single {@code INPUT}. */
        public String layout() {
            return switch (type) {
                case "GROUP", "ADDRESS" -> type;
                default -> radios() ? "RADIOS" : "INPUT";
            };
        }

        /** The ids of the hint, the pre-filled badge and the error, for {@code aria-describedby}; null when none. */
        public String describedBy() {
            String ids = Stream.of(
                            help == null ? null : id + "-help",
                            prefilled ? id + "-prefilled" : null,
                            error == null ? null : id + "-error")
                    .filter(s -> s != null)
                    .collect(Collectors.joining(" "));
            return ids.isEmpty() ? null : ids;
        }

        /** An address's street input: its hint and its error. */
        public String streetDescribedBy() {
            return id + "-street-hint" + (streetError == null ? "" : " " + id + "-street-error");
        }

        /** The input the error summary links to: the first radio, an address's unit, else the input itself. */
        public String focusId() {
            return switch (type) {
                case "ADDRESS" -> id + "-unit";
                default -> radios() ? id + "-0" : id;
            };
        }

        public String inputType() {
            return switch (type) {
                case "DATE" -> "date";
                case "PHONE" -> "tel";
                case "EMAIL" -> "email";
                default -> "text";
            };
        }

        /** The on-screen keyboard for digits. */
        public String inputMode() {
            return switch (type) {
                case "NUMBER" -> "decimal";
                case "PERSONAL_ID" -> "numeric";
                default -> null;
            };
        }
    }

    /** One option of a choice. */
    public record Option(String value, String label, String labelEn) {

        public String label(Locale locale) {
            return pick(label, labelEn, locale);
        }
    }

    /**
     * One item of a group.
     *
     * @param number 1 for the first item, as people count
     * @param removeValue the value of its "remove" button ({@code members:1}), or null when it cannot be removed
     */
    public record ItemView(int number, String id, List<FieldView> fields, String removeValue) {}

    /**
     * One line of the error summary.
     *
     * @param target the id of the input to go to, or null for a value the form does not show
     * @param field the field, or null for one the form does not know
     * @param path the input's name, shown when the field is unknown
     * @param itemNumber the number of the group's item, or null
     */
    public record ErrorView(
            String target, FieldView field, String path, Integer itemNumber, FieldViolation violation) {}

    /** The current communes and wards of a province. */
    public record PlaceGroup(String province, List<Place> places) {}

    public record Place(String id, String name) {}
}
