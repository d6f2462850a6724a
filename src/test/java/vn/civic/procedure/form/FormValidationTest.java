package vn.civic.procedure.form;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.procedure.TestFields.choice;
import static vn.civic.procedure.TestFields.field;
import static vn.civic.procedure.TestFields.required;
import static vn.civic.procedure.TestFields.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.civic.platform.error.FieldViolation;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.TestFields;

/** The rules of each field type, judged on a fixed day (15/06/2026). */
class FormValidationTest {

    final FormValidation validator = Forms.validator();

    List<FieldViolation> validate(FormField field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field.name(), value);
        return validator.validate(new FormDefinition(List.of(field)), new FormData(values));
    }

    /** The codes of the violations, as {@code path=code}. */
    List<String> codes(FormField field, Object value) {
        return validate(field, value).stream()
                .map(v -> v.field() + "=" + v.code())
                .toList();
    }

    String normalised(FormField field, String value) {
        return validator
                .normalise(new FormDefinition(List.of(field)), new FormData(Map.of(field.name(), value)))
                .text(field.name());
    }

    @Test
    void aRequiredFieldLeftBlankIsMarkedUnderItsInputName() {
        List<FieldViolation> violations = validate(required("fullName", FieldType.TEXT), "   ");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("f.fullName");
            assertThat(v.messageKey()).isEqualTo("form.validation.required");
        });
        assertThat(codes(field("fullName", FieldType.TEXT), "")).isEmpty();
    }

    @Test
    void textIsTrimmedAndHeldToItsLength() {
        assertThat(normalised(field("fullName", FieldType.TEXT), "  Nguyễn   Văn An "))
                .isEqualTo("Nguyễn Văn An");
        assertThat(codes(field("fullName", FieldType.TEXT), "a".repeat(200))).isEmpty();
        assertThat(validate(field("fullName", FieldType.TEXT), "a".repeat(201)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("too_long");
                    assertThat(v.args()).containsExactly(200);
                });
        assertThat(codes(field("reason", FieldType.TEXTAREA), "a".repeat(2000))).isEmpty();
        assertThat(codes(field("reason", FieldType.TEXTAREA), "a".repeat(2001))).containsExactly("f.reason=too_long");
        assertThat(codes(text("code", 10), "a".repeat(11))).containsExactly("f.code=too_long");
    }

    @ParameterizedTest
    @CsvSource({
        "12, 12",
        "'12,5', 12.5",
        "1.500.000, 1500000",
        "'1.500.000,75', 1500000.75",
        "-3.25, -3.25",
        "' 250 ', 250"
    })
    void numbersAreReadAsVietnameseWriteThem(String input, String stored) {
        assertThat(codes(field("area", FieldType.NUMBER), input)).isEmpty();
        assertThat(normalised(field("area", FieldType.NUMBER), input)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1,2,3", "1.50.0", "mười", "1e5", "--1"})
    void whatIsNotANumberIsRefused(String input) {
        assertThat(codes(field("area", FieldType.NUMBER), input)).containsExactly("f.area=number");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-02-28, ",
        "1900-01-01, ",
        "2036-06-15, ",
        "2026-02-30, date",
        "2026-13-01, date",
        "28/02/2026, date",
        "2026-2-8, date",
        "1899-12-31, date_range",
        "2036-06-16, date_range"
    })
    void datesAreRealIsoDatesFrom1900ToTenYearsAhead(String input, String code) {
        assertThat(codes(field("birthDate", FieldType.DATE), input))
                .isEqualTo(code == null ? List.of() : List.of("f.birthDate=" + code));
    }

    @Test
    void aDateOutOfRangeSaysTheRangeAsPeopleWriteDates() {
        assertThat(validate(field("birthDate", FieldType.DATE), "1850-01-01"))
                .singleElement()
                .satisfies(v -> assertThat(v.args()).containsExactly("01/01/1900", "15/06/2036"));
    }

    @Test
    void aChoiceIsOneOfItsValues() {
        FormField sex = choice("sex", "Giới tính", true, "NAM", "NU");
        assertThat(codes(sex, "NU")).isEmpty();
        assertThat(codes(sex, "KHAC")).containsExactly("f.sex=choice");
        assertThat(codes(sex, "nu")).containsExactly("f.sex=choice");
        assertThat(codes(sex, null)).containsExactly("f.sex=required");
    }

    @ParameterizedTest
    @CsvSource({
        "001085012345, ",
        "'031 302 001 234', ",
        "00108501234, personal_id_format",
        "00108501234x, personal_id_format",
        "003085012345, personal_id_province",
        "001227012345, personal_id_birth_year"
    })
    void personalIdNumbersFollowTheRulesIdentityApplies(String input, String code) {
        assertThat(codes(field("personalId", FieldType.PERSONAL_ID), input))
                .isEqualTo(code == null ? List.of() : List.of("f.personalId=" + code));
    }

    @Test
    void personalIdNumbersAreStoredAsTheirDigits() {
        assertThat(normalised(field("personalId", FieldType.PERSONAL_ID), " 031 302.001234 "))
                .isEqualTo("031302001234");
    }

    @ParameterizedTest
    @CsvSource({
        "0912345678, 0912345678",
        "'0912 345 678', 0912345678",
        "'+84 912 345 678', 0912345678",
        "+84386123456, 0386123456",
        "'(024) 3825.1234', 02438251234",
        "0225-3842-123, 02253842123"
    })
    void vietnamesePhoneNumbersPassAndAreStoredAsDigits(String input, String stored) {
        assertThat(codes(field("phone", FieldType.PHONE), input)).isEmpty();
        assertThat(normalised(field("phone", FieldType.PHONE), input)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123456789",
                "091234567",
                "09123456789",
                "0412345678",
                "024382512",
                "+1 202 555 0100",
                "số của tôi"
            })
    void otherPhoneNumbersAreRefused(String input) {
        assertThat(codes(field("phone", FieldType.PHONE), input)).containsExactly("f.phone=phone");
    }

    @Test
    void emailAddressesNeedALocalPartAndADomain() {
        FormField email = field("email", FieldType.EMAIL);
        assertThat(codes(email, " an.nguyen@hanoi.gov.vn ")).isEmpty();
        assertThat(codes(email, "an@")).containsExactly("f.email=email");
        assertThat(codes(email, "an nguyen@hanoi.gov.vn")).containsExactly("f.email=email");
        assertThat(codes(email, "an@localhost")).containsExactly("f.email=email");
        assertThat(codes(email, "a".repeat(250) + "@x.vn")).containsExactly("f.email=email");
    }

    @Test
    void anAddressNeedsBothItsUnitAndItsStreet() {
        FormField address = required("address", FieldType.ADDRESS);
        assertThat(codes(address, null)).containsExactly("f.address.unit=required", "f.address.street=required");
        assertThat(codes(address, " | ")).containsExactly("f.address.unit=required", "f.address.street=required");
        assertThat(codes(field("address", FieldType.ADDRESS), "|12 Hàng Bạc"))
                .containsExactly("f.address.unit=required");
        assertThat(codes(field("address", FieldType.ADDRESS), "abc|12 Hàng Bạc"))
                .containsExactly("f.address.unit=address_unit");
        assertThat(codes(field("address", FieldType.ADDRESS), null)).isEmpty();
    }

    @Test
    void groupItemsAreCheckedOneByOneAndEntirelyBlankOnesIgnored() {
        FormField members = TestFields.group(
                "members",
                "members",
                null,
                null,
                3,
                required("fullName", FieldType.TEXT),
                field("birthDate", FieldType.DATE));
        List<Map<String, String>> items = List.of(
                Map.of("fullName", "Nguyễn Văn An", "birthDate", "1985-03-02"),
                Map.of("fullName", " ", "birthDate", ""),
                Map.of("fullName", "Trần Thị Bình", "birthDate", "1990-02-30"),
                Map.of("birthDate", "2010-05-01"));
        // the blank second item is dropped: the bad date is in item 1 of the stored data, as shown again
        assertThat(codes(members, items))
                .containsExactly("f.members[1].birthDate=date", "f.members[2].fullName=required");
        FormData stored =
                validator.normalise(new FormDefinition(List.of(members)), new FormData(Map.of("members", items)));
        assertThat(stored.items("members")).hasSize(3);
    }

    @Test
    void aGroupKeepsToItsNumberOfItems() {
        FormField children = TestFields.group("children", "children", null, 2, 3, field("fullName", FieldType.TEXT));
        Map<String, String> child = Map.of("fullName", "Nguyễn Văn Bình");
        assertThat(validate(children, List.of(child))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("f.children");
            assertThat(v.code()).isEqualTo("min_items");
            assertThat(v.args()).containsExactly(2);
        });
        assertThat(codes(children, List.of(child, child, child))).isEmpty();
        assertThat(codes(children, List.of(child, child, child, child))).containsExactly("f.children=max_items");
        FormField optional =
                TestFields.group("children", "children", null, null, null, field("fullName", FieldType.TEXT));
        assertThat(codes(optional, List.of(Map.of("fullName", "")))).isEmpty();
        FormField requiredGroup = new FormField(
                "children", FieldType.GROUP, "Con", null, null, true, null, null, null, optional.fields(), null, null);
        assertThat(codes(requiredGroup, List.of(Map.of("fullName", "")))).containsExactly("f.children=min_items");
    }

    @Test
    void valuesTheFormDoesNotKnowOrOfTheWrongShapeAreRefused() {
        FormDefinition form = new FormDefinition(List.of(
                field("fullName", FieldType.TEXT),
                TestFields.group("members", "members", null, null, null, field("fullName", FieldType.TEXT))));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fullName", List.of("Nguyễn Văn An"));
        json.put("nickname", "An");
        json.put("members", List.of(Map.of("fullName", "Bình", "age", "7"), "Chi", Map.of("fullName", 7)));
        assertThat(validator.validate(form, new FormData(json)))
                .extracting(v -> v.field() + "=" + v.code())
                .containsExactlyInAnyOrder(
                        "f.nickname=unknown_field",
                        "f.fullName=not_text",
                        "f.members[0].age=unknown_field",
                        "f.members[1]=not_items",
                        "f.members[2].fullName=not_text");
        assertThat(codes(
                        TestFields.group("members", "members", null, null, null, field("fullName", FieldType.TEXT)),
                        "Bình"))
                .containsExactly("f.members=not_items");
    }

    @Test
    void everyMessageIsUnderFormValidation() {
        assertThat(validate(field("phone", FieldType.PHONE), "123"))
                .extracting(FieldViolation::messageKey)
                .containsExactly("form.validation.phone");
    }
}
