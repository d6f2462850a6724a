package vn.civic.org;

import java.util.List;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters for a department of an agency. The department editor adds the rule that the code is
 * unique within the agency.
 *
 * @param code short code inside the agency: {@code VP}, {@code HCTP}
 */
public record DepartmentCommand(String code, String name) {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 300;
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]*");

    public DepartmentCommand {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
    }

    public List<FieldViolation> violations() {
        return new FieldChecks()
                .text("code", code, CODE_MAX, true)
                .matches("code", code, CODE, "department_code_format")
                .text("name", name, NAME_MAX, true)
                .list();
    }
}
