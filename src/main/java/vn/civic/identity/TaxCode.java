package vn.civic.identity;

import java.util.Optional;

/**
 * A tax code (mã số thuế) of an enterprise or organisation: ten digits {@code N1N2 N3…N9 N10}, where {@code N1N2} is
 * the province of first registration, {@code N3…N9} a sequence and {@code N10} a check digit; a dependent unit
 * (branch) adds a hyphen and three digits 001–999 ({@code 0100233488-001}).
 *
 * <p>The check digit: the first nine digits are weighted 31, 29, 23, 19, 17, 13, 7, 5, 3; {@code N10 = 10 − (sum mod
 * 11)}, and codes whose result would be 10 are not issued. This is the algorithm in public implementations (e.g.
 * python-stdnum's {@code vn.mst}) and holds for published codes; the official text was not at hand, so the check is
 * switchable ({@code civic.identity.tax-code-check-digit}). Individuals' tax codes became their 12-digit personal
 * identification number on 1 July 2025 (Circular 86/2024/TT-BTC); those are accounts of citizens, not businesses.
 *
 * @param value the code as written: ten digits, or ten digits, a hyphen and three
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** The input without spaces and dots, or null. */
    public static String normalise(String input) {
        return input == null ? null : input.replaceAll("[\\s.]", "");
    }

    /** What is wrong with a code, if anything; {@code checkDigit} false skips the check digit. */
    public static Optional<IdentityError> check(String input, boolean checkDigit) {
        String code = normalise(input);
        if (code == null || !code.matches("\\d{10}(-\\d{3})?") || code.endsWith("-000")) {
            return Optional.of(IdentityError.TAX_CODE_FORMAT);
        }
        if (checkDigit && code.charAt(9) - '0' != checkDigit(code)) {
            return Optional.of(IdentityError.TAX_CODE_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String input, boolean checkDigit) {
        return check(input, checkDigit).isEmpty();
    }

    /** The tenth digit the first nine call for; 10 means no valid code starts with them. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }

    /** True for a dependent unit's code ({@code …-001}). */
    public boolean isBranch() {
        return value.length() == 14;
    }
}
