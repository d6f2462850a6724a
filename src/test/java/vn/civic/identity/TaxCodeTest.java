package vn.civic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    /** Codes published by enterprises, and a branch of one. */
    @ParameterizedTest
    @ValueSource(strings = {"0100233488", "0314409058", "0314409058-002", "0109123458", "01 0023 3488"})
    void publishedCodesCarryAValidCheckDigit(String code) {
        assertThat(TaxCode.check(code, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0100233480, tax_code_check_digit",
        "0314409059, tax_code_check_digit",
        "010023348, tax_code_format",
        "01002334888, tax_code_format",
        "0100233488-1, tax_code_format",
        "0100233488-000, tax_code_format",
        "010023348A, tax_code_format",
        "'', tax_code_format",
    })
    void wrongCodesAreRefusedWithTheReason(String code, String error) {
        assertThat(TaxCode.check(code, true))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo(error));
    }

    @Test
    void theCheckDigitRuleCanBeSwitchedOffButNotTheShape() {
        assertThat(TaxCode.check("0100233480", false)).isEmpty();
        assertThat(TaxCode.check("010023348", false)).hasValue(IdentityError.TAX_CODE_FORMAT);
    }

    @Test
    void firstNineDigitsWhoseCheckWouldBeTenStartNoValidCode() {
        // the first nine digits whose weighted sum is a multiple of 11
        String firstNine = "000000000";
        for (int n = 1; n < 1000; n++) {
            String candidate = String.format("%09d", n);
            if (TaxCode.checkDigit(candidate) == 10) {
                firstNine = candidate;
                break;
            }
        }
        assertThat(TaxCode.checkDigit(firstNine)).isEqualTo(10);
        for (int last = 0; last <= 9; last++) {
            assertThat(TaxCode.isValid(firstNine + last, true)).isFalse();
        }
    }

    @Test
    void aBranchCodeIsTheEnterprisesCodeWithThreeDigits() {
        assertThat(new TaxCode("0314409058-002").isBranch()).isTrue();
        assertThat(new TaxCode("0314409058").isBranch()).isFalse();
    }
}
