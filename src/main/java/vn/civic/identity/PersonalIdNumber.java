package vn.civic.identity;

import java.time.Year;
import java.util.Optional;
import java.util.Set;
import vn.civic.platform.text.PersonalIdNumbers;

/**
 * A personal identification number (số định danh cá nhân), 12 digits {@code PPP G YY NNNNNN}, with what it tells: the
 * province of the birth registration, the sex and the year of birth. The rules are the platform's
 * ({@link PersonalIdNumbers}); here they answer with identity's error codes. The OIDC login links an e-ID to an account
 * by this number ({@link AccountDirectory#findByPersonalIdNumber}).
 *
 * @param value the 12 digits
 * @param provinceCode the 3-digit province code of the birth registration
 * @param birthYear the full year of birth
 */
public record PersonalIdNumber(String value, String provinceCode, Sex sex, int birthYear) {

    public enum Sex {
        MALE,
        FEMALE
    }

    public static final int LENGTH = PersonalIdNumbers.LENGTH;

    /** Province codes of Circular 07/2016/TT-BCA (as amended), three digits each. */
    public static final Set<String> PROVINCE_CODES = PersonalIdNumbers.PROVINCE_CODES;

    /** The input without the spaces people type between groups, or null. */
    public static String normalise(String input) {
        return PersonalIdNumbers.normalise(input);
    }

    /**
     * What is wrong with a number, if anything: not 12 digits, an unknown province code, or a century and year of
     * birth after {@code currentYear}.
     */
    public static Optional<IdentityError> check(String input, Year currentYear) {
        return PersonalIdNumbers.check(input, currentYear).map(defect -> switch (defect) {
            case FORMAT -> IdentityError.PERSONAL_ID_FORMAT;
            case PROVINCE -> IdentityError.PERSONAL_ID_PROVINCE;
            case BIRTH_YEAR -> IdentityError.PERSONAL_ID_BIRTH_YEAR;
        });
    }

    /** The number with what it tells, or empty when {@link #check} finds it invalid. */
    public static Optional<PersonalIdNumber> parse(String input, Year currentYear) {
        if (check(input, currentYear).isPresent()) {
            return Optional.empty();
        }
        String digits = normalise(input);
        return Optional.of(new PersonalIdNumber(
                digits,
                digits.substring(0, 3),
                (digits.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                PersonalIdNumbers.birthYear(digits)));
    }

    /** True when {@link #check} finds nothing wrong. */
    public static boolean isValid(String input, Year currentYear) {
        return check(input, currentYear).isEmpty();
    }
}
