package vn.civic.org;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters for an administrative unit. {@link #violations()} checks each field alone; the unit
 * editor adds the rules that need stored data (code unique, the parent's level above the unit's).
 *
 * @param code the official code of the unit (digits, e.g. {@code 00070}; letters allowed for codes still to come)
 * @param levelId the level, as data
 * @param parentId the unit above it; null only at the top level
 * @param validFrom the first day the unit existed, when known
 */
public record UnitCommand(String code, String name, Long levelId, Long parentId, LocalDate validFrom) {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    static final Pattern CODE = Pattern.compile("[0-9A-Z]+");

    public UnitCommand {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
    }

    public List<FieldViolation> violations() {
        return new FieldChecks()
                .text("code", code, CODE_MAX, true)
                .matches("code", code, CODE, "unit_code_format")
                .text("name", name, NAME_MAX, true)
                .required("levelId", levelId)
                .date("validFrom", validFrom, false)
                .list();
    }
}
