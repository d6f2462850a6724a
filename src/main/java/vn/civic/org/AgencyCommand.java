package vn.civic.org;

import java.util.List;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters for an agency. {@link #violations(OrgProperties)} checks each field alone; the agency
 * editor adds the rules that need stored data (code unique, parent in the administrator's scope, no cycle).
 *
 * @param code organisation code, checked with {@link OrgProperties#isValidOrganisationCode}
 * @param abbreviation what document symbols use after the type: {@code UBND} in {@code 12/QĐ-UBND}
 * @param parentId the agency above it; required for a new agency, which must sit inside the administrator's scope
 * @param administrativeUnitId the administrative unit it governs or sits in; optional
 */
public record AgencyCommand(
        String code,
        String name,
        String nameEn,
        String abbreviation,
        AgencyKind kind,
        Long parentId,
        Long administrativeUnitId,
        String address,
        String email,
        String phone) {

    public static final int NAME_MAX = 300;
    public static final int ABBREVIATION_MAX = 30;
    public static final int ADDRESS_MAX = 300;
    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 30;

    /** Capital letters (Đ included) and digits, groups joined by {@code -} or {@code &}: UBND, STP, SNN&PTNT. */
    static final Pattern ABBREVIATION = Pattern.compile("[\\p{Lu}\\p{N}]+([-&][\\p{Lu}\\p{N}]+)*");

    static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]+");

    /** Digits with the usual separators, an optional leading {@code +}: 024 3825 3536, +84 24 3825 3536. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()\\-]*[0-9]");

    static final int PHONE_DIGITS_MIN = 8;
    static final int PHONE_DIGITS_MAX = 15;

    public AgencyCommand {
        code = FieldChecks.clean(code);
        name = FieldChecks.clean(name);
        nameEn = FieldChecks.clean(nameEn);
        abbreviation = FieldChecks.clean(abbreviation);
        address = FieldChecks.clean(address);
        email = FieldChecks.clean(email);
        phone = FieldChecks.clean(phone);
    }

    public List<FieldViolation> violations(OrgProperties properties) {
        FieldChecks checks = new FieldChecks().required("code", code);
        if (code != null && !properties.isValidOrganisationCode(code)) {
            checks.add("code", "organisation_code_format", OrgProperties.ORGANISATION_CODE_MAX);
        }
        checks.text("name", name, NAME_MAX, true)
                .text("nameEn", nameEn, NAME_MAX, false)
                .text("abbreviation", abbreviation, ABBREVIATION_MAX, false)
                .matches("abbreviation", abbreviation, ABBREVIATION, "abbreviation_format")
                .required("kind", kind)
                .text("address", address, ADDRESS_MAX, false)
                .text("email", email, EMAIL_MAX, false)
                .matches("email", email, EMAIL, "email_format")
                .text("phone", phone, PHONE_MAX, false)
                .matches("phone", phone, PHONE, "phone_format");
        if (phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (digits < PHONE_DIGITS_MIN || digits > PHONE_DIGITS_MAX) {
                checks.add("phone", "phone_format");
            }
        }
        return checks.list();
    }
}
