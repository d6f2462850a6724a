package vn.civic.org;

import java.util.List;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters for a position (chức vụ). The position editor adds the rule that the code is unique.
 *
 * @param code stable code other modules and imports use: {@code CHAIRPERSON}, {@code HEAD_OF_DIVISION}
 * @param sortOrder where pickers list it, lower first (higher in rank)
 * @param leader whether the position leads an agency or a department
 */
public record PositionCommand(String code, String nameVi, String nameEn, Integer sortOrder, boolean leader) {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int SORT_ORDER_MAX = 9999;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public PositionCommand {
        code = FieldChecks.clean(code);
        nameVi = FieldChecks.clean(nameVi);
        nameEn = FieldChecks.clean(nameEn);
    }

    public List<FieldViolation> violations() {
        FieldChecks checks = new FieldChecks()
                .text("code", code, CODE_MAX, true)
                .matches("code", code, CODE, "position_code_format")
                .text("nameVi", nameVi, NAME_MAX, true)
                .text("nameEn", nameEn, NAME_MAX, true)
                .required("sortOrder", sortOrder);
        if (sortOrder != null && (sortOrder < 0 || sortOrder > SORT_ORDER_MAX)) {
            checks.add("sortOrder", "sort_order_range", SORT_ORDER_MAX);
        }
        return checks.list();
    }
}
