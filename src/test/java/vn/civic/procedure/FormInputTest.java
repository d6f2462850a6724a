package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.procedure.TestFields.field;
import static vn.civic.procedure.TestFields.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civic.procedure.FormField.FieldType;

/** A submitted e-form read back into form data, and its group buttons applied. */
class FormInputTest {

    static final FormDefinition FORM = new FormDefinition(List.of(
            field("fullName", FieldType.TEXT),
            field("address", FieldType.ADDRESS),
            group(
                    "members",
                    "Thành viên",
                    null,
                    null,
                    null,
                    field("fullName", FieldType.TEXT),
                    field("birthDate", FieldType.DATE))));

    static Map<String, String[]> parameters(String... namesAndValues) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return parameters;
    }

    @Test
    void groupItemsAreReadInTheOrderOfTheirIndexesWithTheGapsClosed() {
        FormData data = FormInput.read(
                FORM,
                parameters(
                        "f.members[3].fullName", "Lê Văn Cường",
                        "f.members[0].fullName", "Nguyễn Văn An",
                        "f.members[0].birthDate", "1985-03-02",
                        "f.members[3].birthDate", "2019-11-20",
                        "f.members[12].fullName", "Trần Thị Bình"));
        assertThat(data.items("members"))
                .containsExactly(
                        Map.of("fullName", "Nguyễn Văn An", "birthDate", "1985-03-02"),
                        Map.of("fullName", "Lê Văn Cường", "birthDate", "2019-11-20"),
                        Map.of("fullName", "Trần Thị Bình"));
    }

    @Test
    void anAddressIsReadFromItsTwoParts() {
        FormData data =
                FormInput.read(FORM, parameters("f.address.unit", "42", "f.address.street", "Số 12, phố Hàng Bạc"));
        assertThat(data.text("address")).isEqualTo("42|Số 12, phố Hàng Bạc");
        assertThat(FormInput.read(FORM, parameters("f.address.street", "Số 12")).text("address"))
                .isEqualTo("|Số 12");
    }

    @Test
    void whatTheDefinitionDoesNotKnowIsIgnored() {
        FormData data = FormInput.read(
                FORM,
                parameters(
                        "_csrf", "token",
                        "fullName", "without prefix",
                        "f.fullName", "Nguyễn Văn An",
                        "f.nickname", "An",
                        "f.members[0].nickname", "An",
                        "f.members[x].fullName", "Bình",
                        "f.membersX[0].fullName", "Chi",
                        "f.members[1000].fullName", "Dũng"));
        assertThat(data.values()).containsOnlyKeys("fullName", "members");
        assertThat(data.text("fullName")).isEqualTo("Nguyễn Văn An");
        // the item with an unknown field alone is an item the applicant saw, blank
        assertThat(data.items("members")).containsExactly(Map.of());
    }

    @Test
    void addItemShowsTheDataAgainWithABlankItem() {
        var shown =
                FormInput.itemAction(FORM, parameters("f.members[0].fullName", "Nguyễn Văn An", "_addItem", "members"));
        assertThat(shown)
                .hasValueSatisfying(data -> assertThat(data.items("members"))
                        .containsExactly(Map.of("fullName", "Nguyễn Văn An"), Map.of()));
    }

    @Test
    void removeItemRemovesTheItemThatCarriedThatIndexEvenAfterAGap() {
        var shown = FormInput.itemAction(
                FORM,
                parameters(
                        "f.members[0].fullName", "Nguyễn Văn An",
                        "f.members[2].fullName", "Lê Văn Cường",
                        "f.members[5].fullName", "Trần Thị Bình",
                        "_removeItem", "members:2"));
        assertThat(shown)
                .hasValueSatisfying(data -> assertThat(data.items("members"))
                        .extracting(item -> item.get("fullName"))
                        .containsExactly("Nguyễn Văn An", "Trần Thị Bình"));
    }

    @Test
    void otherButtonsAreNotItemActionsAndBadValuesChangeNothing() {
        assertThat(FormInput.itemAction(FORM, parameters("f.fullName", "An", "_action", "submit")))
                .isEmpty();
        Map<String, String[]> bad = parameters("f.members[0].fullName", "An", "_removeItem", "members:7");
        assertThat(FormInput.itemAction(FORM, bad))
                .hasValueSatisfying(data -> assertThat(data.items("members")).hasSize(1));
        assertThat(FormInput.itemAction(FORM, parameters("f.fullName", "An", "_addItem", "fullName")))
                .hasValueSatisfying(data -> assertThat(data.values()).containsOnlyKeys("fullName"));
    }
}
