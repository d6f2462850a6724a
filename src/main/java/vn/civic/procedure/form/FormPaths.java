package vn.civic.procedure.form;

import vn.civic.procedure.FormField;

/**
 * How the rendered e-form names its inputs, which is also the path of a violation: {@code f.fullName},
 * {@code f.members[1].birthDate}, and the two parts of an address {@code f.address.unit} / {@code f.address.street}.
 */
public final class FormPaths {

    /** Keeps e-form parameters apart from the page's own ({@code _csrf}, buttons). */
    public static final String PREFIX = "f.";

    public static final String UNIT = ".unit";
    public static final String STREET = ".street";

    /** Between the unit id and the street in an address value. */
    public static final char ADDRESS_SEPARATOR = '|';

    private FormPaths() {}

    /** A top-level field's path. */
    public static String of(FormField field) {
        return PREFIX + field.name();
    }

    /** The path of a group's item: {@code f.members[1]}. */
    public static String item(String groupPath, int index) {
        return groupPath + "[" + index + "]";
    }

    /** An address value from its two parts; empty when both are blank. */
    public static String address(String unit, String street) {
        String u = unit == null ? "" : unit;
        String s = street == null ? "" : street;
        return u.isBlank() && s.isBlank() ? "" : u + ADDRESS_SEPARATOR + s;
    }

    /** The unit id part of an address value (may be empty). */
    public static String unitOf(String address) {
        if (address == null) {
            return "";
        }
        int bar = address.indexOf(ADDRESS_SEPARATOR);
        return bar < 0 ? address : address.substring(0, bar);
    }

    /** The street part of an address value (may be empty). */
    public static String streetOf(String address) {
        if (address == null) {
            return "";
        }
        int bar = address.indexOf(ADDRESS_SEPARATOR);
        return bar < 0 ? "" : address.substring(bar + 1);
    }
}
