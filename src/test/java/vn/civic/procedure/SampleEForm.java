package vn.civic.procedure;

import static vn.civic.procedure.TestFields.choice;
import static vn.civic.procedure.TestFields.group;
import static vn.civic.procedure.TestFields.labelled;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.civic.platform.error.FieldViolation;
import vn.civic.procedure.FormField.FieldType;

/**
 * An e-form with every field type, filled with a few mistakes, rendered through {@code procedure/eform :: fields} as
 * a dossier page would (the test page {@code templates/test/eform.html} gives the {@code <form>}).
 */
public final class SampleEForm {

    public static final FormDefinition FORM = new FormDefinition(List.of(
            new FormField(
                    "fullName",
                    FieldType.TEXT,
                    "Họ, chữ đệm và tên",
                    "Full name",
                    "Ghi đúng như trên giấy khai sinh",
                    true,
                    "applicant.fullName",
                    null,
                    null,
                    null,
                    null,
                    null),
            labelled("birthDate", FieldType.DATE, "Ngày sinh", true),
            choice("sex", "Giới tính", true, "NAM", "NU"),
            choice("ethnicity", "Dân tộc", true, "KINH", "TAY", "THAI", "MUONG", "KHMER"),
            labelled("personalId", FieldType.PERSONAL_ID, "Số định danh cá nhân", false),
            labelled("phone", FieldType.PHONE, "Số điện thoại", false),
            labelled("email", FieldType.EMAIL, "Thư điện tử", false),
            labelled("reason", FieldType.TEXTAREA, "Lý do", false),
            labelled("address", FieldType.ADDRESS, "Nơi cư trú", true),
            group(
                    "members",
                    "Thành viên hộ gia đình",
                    "Household members",
                    null,
                    3,
                    labelled("fullName", FieldType.TEXT, "Họ và tên", true),
                    labelled("birthDate", FieldType.DATE, "Ngày sinh", false))));

    private SampleEForm() {}

    /** The data as submitted: a prefilled name, an impossible birth date, an address without its street. */
    public static FormData data(long wardId) {
        return new FormData(Map.of(
                "fullName",
                "Nguyễn Văn An",
                "birthDate",
                "2026-02-30",
                "sex",
                "NAM",
                "ethnicity",
                "KINH",
                "phone",
                "+84 912 345 678",
                "address",
                wardId + "|",
                "members",
                List.of(
                        Map.of("fullName", "Nguyễn Văn An", "birthDate", "1985-03-02"),
                        Map.of("fullName", "Nguyễn Thị Bình", "birthDate", "1990-02-30"))));
    }

    /** The fields as the page shows them, validated, in a language. */
    public static String render(
            ITemplateEngine templates, EFormPage page, FormValidator validator, long wardId, Locale locale) {
        FormData data = data(wardId);
        List<FieldViolation> errors = validator.validate(FORM, data);
        ExtendedModelMap model = new ExtendedModelMap();
        page.addTo(model, FORM, validator.normalise(FORM, data), Set.of("fullName"), errors);
        return templates.process("test/eform", new Context(locale, model));
    }
}
