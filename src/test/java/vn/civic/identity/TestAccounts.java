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

    /** A citizen born in Hà Nội in 1980–1999 with a unique personal identification number, password {@link #PASSWORD}. */
    public Account citizen(String fullName, String email) {
        for (int attempt = 0; ; attempt++) {
            int n = SEQUENCE.incrementAndGet();
            String number = "001" + (n % 2) + (80 + n % 20) + String.format("%06d", (n * 7919 + attempt) % 1_000_000);
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
        long agencyId = agencyId(agencyCode);
        return registry.createStaff(
                unique("test.staff."),
                new Account.StaffDetails("Cán bộ Thử Nghiệm", email, null, agencyId, null, null, roles));
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
