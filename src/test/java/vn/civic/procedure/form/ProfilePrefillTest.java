package vn.civic.procedure.form;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.procedure.TestFields.field;
import static vn.civic.procedure.TestFields.group;
import static vn.civic.procedure.TestFields.prefillable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.FormPrefill.Prefilled;

/** Once-only: what the platform knows fills the form, and the form says which fields it filled. */
class ProfilePrefillTest {

    final ProfilePrefill prefill = new ProfilePrefill(Forms.validator());

    static final FormDefinition FORM = new FormDefinition(List.of(
            prefillable("fullName", FieldType.TEXT, "Họ, chữ đệm và tên", "Full name", "applicant.fullName"),
            prefillable("phone", FieldType.PHONE, "Số điện thoại", null, "applicant.phone"),
            prefillable("email", FieldType.EMAIL, "Thư điện tử", null, "applicant.email"),
            field("reason", FieldType.TEXTAREA),
            group(
                    "members",
                    "Thành viên hộ gia đình",
                    null,
                    null,
                    null,
                    prefillable("fullName", FieldType.TEXT, "Họ và tên", null, "applicant.fullName"),
                    field("relation", FieldType.TEXT))));

    @Test
    void knownProfileValuesFillTheirFieldsAndAreNamed() {
        Prefilled prefilled = prefill.prefill(
                FORM,
                Map.of(
                        "applicant.fullName", "Nguyễn Văn An",
                        "applicant.phone", "+84 912 345 678",
                        "applicant.email", " ",
                        "applicant.birthDate", "1985-03-02"));
        assertThat(prefilled.data().text("fullName")).isEqualTo("Nguyễn Văn An");
        assertThat(prefilled.data().text("phone")).isEqualTo("0912345678");
        assertThat(prefilled.data().values()).doesNotContainKeys("email", "reason");
        assertThat(prefilled.data().items("members")).containsExactly(Map.of("fullName", "Nguyễn Văn An"));
        assertThat(prefilled.prefilledFields()).containsExactlyInAnyOrder("fullName", "phone", "members[0].fullName");
    }

    @Test
    void nothingKnownFillsNothing() {
        Prefilled prefilled = prefill.prefill(FORM, Map.of());
        assertThat(prefilled.data().values()).isEmpty();
        assertThat(prefilled.prefilledFields()).isEmpty();
    }
}
