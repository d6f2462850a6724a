package vn.civic.identity.account;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.AccountKind;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.PersonalIdNumber;
import vn.civic.identity.TaxCode;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * Creates accounts after checking their identifying numbers and contact details. Passwords are set apart
 * ({@code Passwords}); privileges are checked by the callers (staff administration, demo data, later e-ID
 * registration).
 */
@Service
public class AccountRegistry {

    public static final int FULL_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    /** Staff usernames: 3–50 lower-case letters, digits, dots, hyphens or underscores, with at least one letter. */
    static final Pattern STAFF_USERNAME = Pattern.compile("(?=.*[a-z])[a-z0-9][a-z0-9._-]{1,48}[a-z0-9]");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");

    private final Accounts accounts;
    private final IdentityProperties properties;
    private final Clock clock;

    AccountRegistry(Accounts accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Usernames are stored in lower case without surrounding spaces; people type them any way. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Emails are compared in lower case. Blank means none. */
    public static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Phone numbers keep their digits and a leading plus. Blank means none. */
    public static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String stripped = phone.strip();
        return (stripped.startsWith("+") ? "+" : "") + stripped.replaceAll("[^0-9]", "");
    }

    /** The address normalised, or null when it is blank or not an email address. */
    public static String validEmailOrNull(String email) {
        String normalised = normaliseEmail(email);
        return normalised != null
                        && normalised.length() <= EMAIL_MAX
                        && EMAIL.matcher(normalised).matches()
                ? normalised
                : null;
    }

    /** The number normalised, or null when it is blank or not a phone number. */
    public static String validPhoneOrNull(String phone) {
        String normalised = normalisePhone(phone);
        return normalised != null && PHONE.matcher(normalised).matches() ? normalised : null;
    }

    @Transactional
    public Account registerCitizen(String personalIdNumber, String fullName, String email, String phone) {
        String number = PersonalIdNumber.normalise(personalIdNumber);
        List<FieldViolation> violations = new ArrayList<>();
        PersonalIdNumber.check(number, Year.now(clock))
                .ifPresent(error -> violations.add(error.on("personalIdNumber")));
        contact(violations, fullName, normaliseEmail(email), normalisePhone(phone), false);
        if (violations.isEmpty() && accounts.existsByUsername(number)) {
            violations.add(IdentityError.USERNAME_TAKEN.on("personalIdNumber"));
        }
        reject(violations);
        return accounts.save(Account.citizen(
                number, fullName.strip(), normaliseEmail(email), normalisePhone(phone), clock.instant()));
    }

    @Transactional
    public Account registerBusiness(String taxCode, String name, String email, String phone) {
        String code = TaxCode.normalise(taxCode);
        List<FieldViolation> violations = new ArrayList<>();
        TaxCode.check(code, properties.taxCodeCheckDigit()).ifPresent(error -> violations.add(error.on("taxCode")));
        contact(violations, name, normaliseEmail(email), normalisePhone(phone), false);
        if (violations.isEmpty() && accounts.existsByUsername(code)) {
            violations.add(IdentityError.USERNAME_TAKEN.on("taxCode"));
        }
        reject(violations);
        return accounts.save(
                Account.business(code, name.strip(), normaliseEmail(email), normalisePhone(phone), clock.instant()));
    }

    /**
     * A staff account without a password; its holder sets one through the invitation link. The agency, department
     * and position are checked by the caller against the organisation.
     */
    @Transactional
    public Account createStaff(String username, Account.StaffDetails details) {
        List<FieldViolation> violations = new ArrayList<>(staffViolations(details, null));
        violations.addAll(usernameViolations(username));
        reject(violations);
        return accounts.save(Account.staff(normaliseUsername(username), normalised(details), clock.instant()));
    }

    /** What is wrong with a new staff username: its shape, or that it is taken. */
    @Transactional(readOnly = true)
    public List<FieldViolation> usernameViolations(String username) {
        String name = normaliseUsername(username);
        if (!STAFF_USERNAME.matcher(name).matches()) {
            return List.of(IdentityError.USERNAME_FORMAT.on("username"));
        }
        return accounts.existsByUsername(name) ? List.of(IdentityError.USERNAME_TAKEN.on("username")) : List.of();
    }

    @Transactional
    public Account changeStaff(Account account, Account.StaffDetails details) {
        reject(staffViolations(details, account.id()));
        account.changeStaffDetails(normalised(details), clock.instant());
        return account;
    }

    /**
     * What is wrong with the details and roles of a staff account: email is required for staff; a personal
     * identification number is optional, but must be valid and not another staff account's.
     *
     * @param accountId the account being changed, or null for a new one
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> staffViolations(Account.StaffDetails details, Long accountId) {
        List<FieldViolation> violations = new ArrayList<>();
        contact(violations, details.fullName(), normaliseEmail(details.email()), normalisePhone(details.phone()), true);
        String number = normalisePersonalIdNumber(details.personalIdNumber());
        if (number != null) {
            PersonalIdNumber.check(number, Year.now(clock))
                    .ifPresentOrElse(
                            error -> violations.add(error.on("personalIdNumber")),
                            () -> accounts.findByKindAndPersonalIdNumber(AccountKind.STAFF, number)
                                    .filter(other -> !other.id().equals(accountId))
                                    .ifPresent(other ->
                                            violations.add(IdentityError.PERSONAL_ID_TAKEN.on("personalIdNumber"))));
        }
        if (details.roles() == null || details.roles().isEmpty()) {
            violations.add(IdentityError.ROLE_REQUIRED.on("roles"));
        }
        return violations;
    }

    /** The digits of an optional personal identification number as typed (spaces and dots dropped); blank is none. */
    public static String normalisePersonalIdNumber(String number) {
        String digits = PersonalIdNumber.normalise(number);
        return digits == null || digits.isEmpty() ? null : digits;
    }

    private static Account.StaffDetails normalised(Account.StaffDetails d) {
        return new Account.StaffDetails(
                d.fullName().strip(),
                normaliseEmail(d.email()),
                normalisePhone(d.phone()),
                normalisePersonalIdNumber(d.personalIdNumber()),
                d.agencyId(),
                d.departmentId(),
                d.positionId(),
                d.roles());
    }

    private static void contact(
            List<FieldViolation> violations, String fullName, String email, String phone, boolean emailRequired) {
        if (fullName == null || fullName.isBlank()) {
            violations.add(new FieldViolation("fullName", "required", "validation.not_blank"));
        } else if (fullName.strip().length() > FULL_NAME_MAX) {
            violations.add(new FieldViolation("fullName", "size", "validation.size"));
        }
        if (email == null) {
            if (emailRequired) {
                violations.add(new FieldViolation("email", "required", "validation.not_blank"));
            }
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            violations.add(IdentityError.EMAIL_FORMAT.on("email"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(IdentityError.PHONE_FORMAT.on("phone"));
        }
    }

    private static void reject(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
