package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.CivicTest;

/** The e-form fragment as the applicant's browser receives it: labelled, marked, explained, in Vietnamese first. */
@CivicTest
class EFormRenderingTest {

    static final Locale VIETNAMESE = Locale.of("vi");

    @Autowired
    ITemplateEngine templates;

    @Autowired
    EFormPage page;

    @Autowired
    FormValidator validator;

    @Autowired
    OrgDirectory directory;

    long ward;
    Document vi;

    @BeforeEach
    void render() {
        ward = directory.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
        vi = Jsoup.parse(SampleEForm.render(templates, page, validator, ward, VIETNAMESE));
    }

    @Test
    void everyInputHasItsOwnLabelAndEveryDescriptionExists() {
        var inputs = vi.select("input, select, textarea");
        assertThat(inputs).hasSizeGreaterThan(12);
        for (Element input : inputs) {
            assertThat(vi.select("label[for=" + input.id() + "]"))
                    .as("label of %s", input.attr("name"))
                    .hasSize(1);
            for (String id : input.attr("aria-describedby").split(" ")) {
                if (!id.isEmpty()) {
                    assertThat(vi.getElementById(id))
                            .as("%s of %s", id, input.id())
                            .isNotNull();
                }
            }
        }
        assertThat(vi.select("label[for=f-fullName]").text()).isEqualTo("Họ, chữ đệm và tên (bắt buộc)");
        assertThat(vi.getElementById("f-fullName").hasAttr("required")).isTrue();
        assertThat(vi.getElementById("f-phone").hasAttr("required")).isFalse();
    }

    @Test
    void anInvalidFieldIsMarkedAndExplainedInVietnamese() {
        Element birthDate = vi.getElementById("f-birthDate");
        assertThat(birthDate.attr("type")).isEqualTo("date");
        assertThat(birthDate.attr("aria-invalid")).isEqualTo("true");
        assertThat(birthDate.attr("aria-describedby")).isEqualTo("f-birthDate-error");
        assertThat(birthDate.val()).isEqualTo("2026-02-30");
        assertThat(vi.getElementById("f-birthDate-error").text()).isEqualTo("Vui lòng nhập một ngày có thật.");
        assertThat(vi.getElementById("f-personalId").hasAttr("aria-invalid")).isFalse();

        Element summary = vi.getElementById("eform-errors");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly("#f-birthDate", "#f-address-street", "#f-members-1-birthDate");
        assertThat(summary.select("a").eachText())
                .containsExactly(
                        "Ngày sinh: Vui lòng nhập một ngày có thật.",
                        "Nơi cư trú: Vui lòng điền thông tin này.",
                        "Ngày sinh (mục 2): Vui lòng nhập một ngày có thật.");
    }

    @Test
    void aPrefilledFieldIsMarkedAndStaysEditable() {
        Element fullName = vi.getElementById("f-fullName");
        assertThat(fullName.val()).isEqualTo("Nguyễn Văn An");
        assertThat(fullName.hasAttr("readonly") || fullName.hasAttr("disabled")).isFalse();
        assertThat(fullName.attr("aria-describedby")).isEqualTo("f-fullName-help f-fullName-prefilled");
        assertThat(vi.getElementById("f-fullName-prefilled").text()).isEqualTo("Đã điền sẵn từ dữ liệu của bạn");
        assertThat(vi.select(".badge")).hasSize(1);
    }

    @Test
    void eachTypeGetsItsInput() {
        assertThat(vi.getElementById("f-personalId").attr("inputmode")).isEqualTo("numeric");
        assertThat(vi.getElementById("f-phone").attr("type")).isEqualTo("tel");
        assertThat(vi.getElementById("f-phone").val()).isEqualTo("0912345678");
        assertThat(vi.getElementById("f-email").attr("type")).isEqualTo("email");
        assertThat(vi.getElementById("f-reason").tagName()).isEqualTo("textarea");
        assertThat(vi.getElementById("f-reason").attr("maxlength")).isEqualTo("2000");
        // two choices as radios in a fieldset, five as a list
        assertThat(vi.select("fieldset#f-sex > legend").text()).isEqualTo("Giới tính (bắt buộc)");
        assertThat(vi.select("input[type=radio][name=f.sex]")).hasSize(2);
        assertThat(vi.select("input[name=f.sex][checked]").val()).isEqualTo("NAM");
        assertThat(vi.select("select#f-ethnicity option")).hasSize(6);
        assertThat(vi.select("select#f-ethnicity option[selected]").val()).isEqualTo("KINH");
    }

    @Test
    void anAddressIsAWardOfAProvinceAndAStreet() {
        Element unit = vi.getElementById("f-address-unit");
        assertThat(unit.attr("name")).isEqualTo("f.address.unit");
        assertThat(unit.select("optgroup").eachAttr("label")).contains("Thành phố Hà Nội", "Thành phố Hải Phòng");
        assertThat(unit.select("optgroup[label=Thành phố Hà Nội] option").eachText())
                .contains("Phường Hoàn Kiếm", "Xã Bát Tràng")
                .doesNotContain("Quận Hoàn Kiếm");
        assertThat(unit.select("optgroup[label=Thành phố Hải Phòng] option").eachText())
                .contains("Phường Hồng Bàng", "Đặc khu Cát Hải");
        assertThat(unit.select("option[selected]").text()).isEqualTo("Phường Hoàn Kiếm");
        Element street = vi.getElementById("f-address-street");
        assertThat(street.attr("name")).isEqualTo("f.address.street");
        assertThat(street.attr("aria-invalid")).isEqualTo("true");
        assertThat(vi.getElementById(street.attr("aria-describedby").split(" ")[1])
                        .text())
                .isEqualTo("Vui lòng điền thông tin này.");
    }

    @Test
    void aGroupShowsItsItemsWithButtonsToAddAndRemove() {
        Element group = vi.getElementById("f-members");
        assertThat(group.tagName()).isEqualTo("fieldset");
        assertThat(group.selectFirst("legend").text()).isEqualTo("Thành viên hộ gia đình");
        assertThat(group.select("fieldset > legend").eachText())
                .contains("Thành viên hộ gia đình: mục 1", "Thành viên hộ gia đình: mục 2");
        assertThat(vi.getElementById("f-members-1-fullName").attr("name")).isEqualTo("f.members[1].fullName");
        assertThat(vi.getElementById("f-members-1-fullName").val()).isEqualTo("Nguyễn Thị Bình");
        assertThat(vi.getElementById("f-members-1-birthDate").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(group.select("button[name=_removeItem]").eachAttr("value"))
                .containsExactly("members:0", "members:1");
        Element add = group.selectFirst("button[name=_addItem]");
        assertThat(add.val()).isEqualTo("members");
        assertThat(add.text()).isEqualTo("Thêm một mục vào «Thành viên hộ gia đình»");
        assertThat(add.hasAttr("formnovalidate")).isTrue();
        assertThat(add.attr("type")).isEqualTo("submit");
    }

    @Test
    void englishReadersGetTheEnglishLabelsWhereGivenAndTheVietnameseOnesMarkedAsSuch() {
        Document en = Jsoup.parse(SampleEForm.render(templates, page, validator, ward, Locale.ENGLISH));
        assertThat(en.select("label[for=f-fullName]").text()).isEqualTo("Full name (required)");
        assertThat(en.select("label[for=f-birthDate] span[lang=vi]").text()).isEqualTo("Ngày sinh");
        assertThat(en.getElementById("f-fullName-prefilled").text()).isEqualTo("Pre-filled from your data");
        assertThat(en.getElementById("f-birthDate-error").text()).isEqualTo("Please enter a real date.");
        assertThat(en.select("#f-members button[name=_addItem]").text())
                .isEqualTo("Add an item to “Household members”");
    }
}
