package vn.civic.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Role;
import vn.civic.identity.password.Passwords;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.test.Browserless;

/**
 * Accounts of the identity tests: each test creates its own, with unique numbers, usernames and addresses, so that
 * locking, disabling or changing one never disturbs the demo accounts other tests sign in with.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Civic@2026";

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final AccountRegistry registry;
    private final Passwords passwords;
    private final OrgDirectory org;

    public TestAccounts(ApplicationContext context) {
        this.registry = context.getBean(AccountRegistry.class);
        this.passwords = context.getBean(Passwords.class);
        this.org = context.getBean(OrgDirectory.class);
    }

    /** A unique word for usernames and addresses. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A unique address at the tests' mail server. */
    public static String email(String prefix) {
        return unique(prefix) + "@test.civic.example";
    }

    /**
     * A well-formed personal identification number of someone born in Hà Nội in 1980–1999, different at every call
     * of this run (the tests share one database, so a number may still be taken by an earlier run's account).
     */
    public static String personalIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        return "001" + (n % 2) + (80 + n % 20) + String.format("%06d", Math.floorMod(n * 7919L, 1_000_000L));
    }

    /** A citizen born in Hà Nội in 1980–1999 with a unique personal identification number, password {@link #PASSWORD}. */
    public Account citizen(String fullName, String email) {
        for (int attempt = 0; ; attempt++) {
            String number = personalIdNumber();
            try {
                Account account = registry.registerCitizen(number, fullName, email, null);
                passwords.setInitial(account, PASSWORD);
                return account;
            } catch (InvalidInputException taken) {
                if (attempt > 20) {
                    throw taken;
                }
            }
        }
    }

    /** A staff member of the agency with the organisation code, with the roles and password {@link #PASSWORD}. */
    public Account staff(String agencyCode, Set<Role> roles, String email) {
        Account account = invitedStaff(agencyCode, roles, email);
        passwords.setInitial(account, PASSWORD);
        return account;
    }

    /** A staff member who has no password yet. */
    public Account invitedStaff(String agencyCode, Set<Role> roles, String email) {
        return invitedStaff(agencyCode, roles, email, null);
    }

    /**
     * A staff member without a password whose administrator recorded a personal identification number (a fresh one
     * when {@code personalIdNumber} is null and one is wanted: see {@link #staffWithPersonalIdNumber}).
     */
    public Account invitedStaff(String agencyCode, Set<Role> roles, String email, String personalIdNumber) {
        long agencyId = agencyId(agencyCode);
        return registry.createStaff(
                unique("test.staff."),
                new Account.StaffDetails(
                        "Cán bộ Thử Nghiệm", email, null, personalIdNumber, agencyId, null, null, roles));
    }

    /** A staff member with a personal identification number no other staff account has, and no password. */
    public Account staffWithPersonalIdNumber(String agencyCode, Set<Role> roles, String email) {
        for (int attempt = 0; ; attempt++) {
            try {
                return invitedStaff(agencyCode, roles, email, personalIdNumber());
            } catch (InvalidInputException taken) {
                if (attempt > 20) {
                    throw taken;
                }
            }
        }
    }

    public long agencyId(String agencyCode) {
        return org.findAgencyByCode(agencyCode).orElseThrow().id();
    }

    /** Signs in through the sign-in form and returns where the application sent the browser. */
    public static String signIn(Browserless browser, String username, String password) {
        HttpResponse<String> response =
                browser.submit("/login", "#sign-in", Map.of("username", username, "password", password));
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in answered " + response.statusCode() + ": " + response.body());
        }
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
