package vn.civic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.civic.identity.PersonalIdNumber.Sex;

class PersonalIdNumberTest {

    static final Year YEAR_2026 = Year.of(2026);

    @Test
    void aNumberTellsTheProvinceOfBirthTheSexAndTheYearOfBirth() {
        PersonalIdNumber man = PersonalIdNumber.parse("001085012345", YEAR_2026).orElseThrow();
        assertThat(man.provinceCode()).isEqualTo("001");
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(man.birthYear()).isEqualTo(1985);

        PersonalIdNumber girl =
                PersonalIdNumber.parse("031 3 02 001234", YEAR_2026).orElseThrow();
        assertThat(girl.value()).isEqualTo("031302001234");
        assertThat(girl.provinceCode()).isEqualTo("031");
        assertThat(girl.sex()).isEqualTo(Sex.FEMALE);
        assertThat(girl.birthYear()).isEqualTo(2002);
    }

    @ParameterizedTest
    @CsvSource({
        "'', personal_id_format",
        "00108501234, personal_id_format",
        "0010850123456, personal_id_format",
        "00108501234a, personal_id_format",
        "000085012345, personal_id_province",
        "003085012345, personal_id_province",
        "097085012345, personal_id_province",
        "999085012345, personal_id_province",
        "001227012345, personal_id_birth_year",
        "001485012345, personal_id_birth_year",
        "001985012345, personal_id_birth_year",
    })
    void malformedNumbersAreRefusedWithTheReason(String input, String code) {
        assertThat(PersonalIdNumber.check(input, YEAR_2026))
                .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(code));
        assertThat(PersonalIdNumber.parse(input, YEAR_2026)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"001085012345", "096199000001", "079300000000", "031226999999", "089026123456"})
    void wellFormedNumbersPass(String input) {
        assertThat(PersonalIdNumber.isValid(input, YEAR_2026)).isTrue();
    }

    @Test
    void aBirthYearCountsAgainstTheCurrentYear() {
        assertThat(PersonalIdNumber.isValid("001227012345", Year.of(2027))).isTrue();
        assertThat(PersonalIdNumber.isValid("001227012345", Year.of(2026))).isFalse();
    }

    @Test
    void everyProvinceCodeIsOneOfTheSixtyThreeOfTheCircular() {
        assertThat(PersonalIdNumber.PROVINCE_CODES)
                .hasSize(63)
                .contains("001", "031", "079", "096")
                .allSatisfy(code -> assertThat(Integer.parseInt(code)).isBetween(1, 96));
    }
}
