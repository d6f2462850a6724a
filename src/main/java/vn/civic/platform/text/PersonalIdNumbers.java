package vn.civic.platform.text;

import java.time.Year;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a personal identification number (số định danh cá nhân): the 12 digits of the citizen identity card and
 * of the national e-ID account, {@code PPP G YY NNNNNN}:
 *
 * <ul>
 *   <li>{@code PPP}: the code of the province or centrally-run city where the birth was registered, from the list of
 *       Circular 07/2016/TT-BCA Art. 7 (as amended by Circular 59/2021/TT-BCA): the 63 provinces of 2016, numbered
 *       001 (Hà Nội) to 096 (Cà Mau) with gaps. The provinces merged on 1 July 2025 kept these codes, and numbers
 *       are never changed, so the list stays valid for everyone already numbered.
 *   <li>{@code G}: century of birth and sex: 0/1 male/female born 1900–1999, 2/3 born 2000–2099, 4/5 2100–2199, 6/7
 *       2200–2299, 8/9 2300–2399.
 *   <li>{@code YY}: the last two digits of the year of birth; with {@code G} it must not lie in the future.
 *   <li>{@code NNNNNN}: a random sequence, not checked.
 * </ul>
 *
 * There is no check digit. Pure rules, shared by identity (accounts, e-ID sign-in) and the e-forms of procedures.
 */
public final class PersonalIdNumbers {

    public static final int LENGTH = 12;

    /** Province codes of Circular 07/2016/TT-BCA (as amended), three digits each. */
    public static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /** What can be wrong with a number. */
    public enum Defect {
        /** Not 12 digits. */
        FORMAT,
        /** An unknown province code. */
        PROVINCE,
        /** A century and year of birth in the future. */
        BIRTH_YEAR
    }

    private PersonalIdNumbers() {}

    /** The input without the spaces and dots people type between groups, or null. */
    public static String normalise(String input) {
        return input == null ? null : input.replaceAll("[\\s.]", "");
    }

    /** What is wrong with a number, if anything, counting birth years up to {@code currentYear}. */
    public static Optional<Defect> check(String input, Year currentYear) {
        String digits = normalise(input);
        if (digits == null || digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Defect.FORMAT);
        }
        if (!PROVINCE_CODES.contains(digits.substring(0, 3))) {
            return Optional.of(Defect.PROVINCE);
        }
        if (birthYear(digits) > currentYear.getValue()) {
            return Optional.of(Defect.BIRTH_YEAR);
        }
        return Optional.empty();
    }

    /** The full year of birth told by 12 digits. */
    public static int birthYear(String digits) {
        int g = digits.charAt(3) - '0';
        return 1900 + (g / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
    }
}
