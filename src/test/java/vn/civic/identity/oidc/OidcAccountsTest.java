package vn.civic.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityError;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Role;
import vn.civic.identity.oidc.OidcProperties.Provider;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/**
 * Linking a staff provider's identity by the personal identification number an administrator recorded on the staff
 * account, on the real database, with the provider configured as a city would ({@code staff-link-by}). The HTTP flow
 * is the same as {@link OidcSignInTest}'s, which signs staff in by username.
 */
@CivicTest
class OidcAccountsTest {

    static final String PROVIDER = "staff-eid";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    Provider staffByNumber;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        staffByNumber = provider(Map.of("audience", "STAFF", "staff-link-by", "PERSONAL_ID_NUMBER"));
    }

    /** A provider bound from properties, as the application binds {@code civic.identity.oidc.providers.<id>}. */
    static Provider provider(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("", Provider.class)
                .get();
    }

    static Map<String, Object> number(String personalIdNumber) {
        return Map.of("SoDinhDanh", personalIdNumber, "name", "Không Dùng Tên Này");
    }

    long links(long accountId) {
        return jdbc.queryForObject(
                "select count(*) from account_oidc_link where account_id = ?", Long.class, accountId);
    }

    @Test
    void aStaffProviderLinksByTheNumberRecordedOnTheStaffAccount() {
        Account staff = accounts.staffWithPersonalIdNumber(
                DemoAgencies.HOAN_KIEM, EnumSet.of(Role.LEADER), TestAccounts.email("eid."));
        String subject = TestAccounts.unique("eid-");

        AccountView signedIn = oidcAccounts.signIn(
                PROVIDER,
                staffByNumber,
                subject,
                number(staff.personalIdNumber().substring(0, 3) + " "
                        + staff.personalIdNumber().substring(3)));

        assertThat(signedIn.id()).isEqualTo(staff.id());
        assertThat(signedIn.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(jdbc.queryForObject(
                        "select matched_by from account_oidc_link where provider_id = ? and subject = ?",
                        String.class,
                        PROVIDER,
                        subject))
                .isEqualTo("PERSONAL_ID_NUMBER");
    }

    @Test
    void aCitizensNumberDoesNotOpenAStaffAccount() {
        Account citizen = accounts.citizen("Công Dân Không Phải Cán Bộ", TestAccounts.email("eid."));

        assertThatThrownBy(() -> oidcAccounts.signIn(
                        PROVIDER, staffByNumber, TestAccounts.unique("eid-"), number(citizen.personalIdNumber())))
                .isInstanceOfSatisfying(
                        OidcSignInRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo(IdentityError.OIDC_STAFF_UNKNOWN));
        assertThat(links(citizen.id())).isZero();
    }

    @Test
    void changingTheRecordedNumberForgetsTheLinksMadeByTheOldOne() {
        Account staff = accounts.staffWithPersonalIdNumber(
                DemoAgencies.HOAN_KIEM, EnumSet.of(Role.CLERK), TestAccounts.email("eid."));
        String oldNumber = staff.personalIdNumber();
        String subject = TestAccounts.unique("eid-");
        oidcAccounts.signIn(PROVIDER, staffByNumber, subject, number(oldNumber));
        assertThat(links(staff.id())).isOne();

        // the administrator corrects the number on the staff page
        Browserless admin = new Browserless(port);
        TestAccounts.signIn(admin, "quantri.hoankiem", TestAccounts.PASSWORD);
        String newNumber = TestAccounts.personalIdNumber();
        Map<String, String> fields = new HashMap<>(Map.of(
                "fullName",
                "Cán bộ Thử Nghiệm",
                "email",
                staff.email(),
                "personalIdNumber",
                newNumber,
                "agencyId",
                Long.toString(accounts.agencyId(DemoAgencies.HOAN_KIEM)),
                "roles",
                "CLERK"));
        HttpResponse<String> saved = admin.submit("/admin/staff/" + staff.id(), "#staff-form", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        assertThat(links(staff.id())).isZero();
        assertThat(jdbc.queryForList(
                        "select summary_before from audit_entry where action = 'account.unlinked' and object_id = ?",
                        String.class,
                        staff.id().toString()))
                .containsExactly("1 sign-in provider link(s)");
        assertThatThrownBy(() -> oidcAccounts.signIn(PROVIDER, staffByNumber, subject, number(oldNumber)))
                .as("the identity with the old number no longer opens the account")
                .isInstanceOfSatisfying(
                        OidcSignInRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo(IdentityError.OIDC_STAFF_UNKNOWN));
        assertThat(oidcAccounts
                        .signIn(PROVIDER, staffByNumber, TestAccounts.unique("eid-"), number(newNumber))
                        .id())
                .isEqualTo(staff.id());
    }
}
