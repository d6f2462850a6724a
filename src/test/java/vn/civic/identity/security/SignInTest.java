package vn.civic.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Role;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

/** Password sign-in through the real form: demo accounts, lockout, one message for every refusal, sessions, audit. */
@CivicTest
class SignInTest {

    static final String LOCKED_TEXT =
            "Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng," + " hoặc tài khoản đang tạm khóa.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordSignIn signIn;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(context);
    }

    Browserless browser() {
        return new Browserless(port);
    }

    /** What the sign-in page says after a refused attempt. */
    String refusal(Browserless browser) {
        Document page = browser.page("/login?error");
        return page.select("#sign-in-error").text();
    }

    Account citizen() {
        return accounts.citizen("Công Dân Thử Nghiệm", TestAccounts.email("signin."));
    }

    @Test
    void demoStaffSignInThroughTheFormAndReachTheirWorkspace() {
        Browserless officer = browser();
        assertThat(TestAccounts.signIn(officer, "chuyenvien.hoankiem", TestAccounts.PASSWORD))
                .isEqualTo("/work");
        Document work = officer.page("/work");
        assertThat(work.select(".user-menu .user-name").text()).isEqualTo("Trần Văn Minh");
        assertThat(work.select("#work-agency").text())
                .isEqualTo("Cơ quan: Ủy ban nhân dân Phường Hoàn Kiếm (mã định danh 000.01.31.H26).");
        assertThat(work.select(".site-nav a[href=/work]")).hasSize(1);
        assertThat(work.select(".site-nav a[href=/admin]")).isEmpty();

        Browserless administrator = browser();
        assertThat(TestAccounts.signIn(administrator, "QuanTri.HoanKiem ", TestAccounts.PASSWORD))
                .as("usernames ignore case and surrounding spaces")
                .isEqualTo("/work");
        Document admin = administrator.page("/admin");
        assertThat(admin.select("a[href=/admin/audit]").text()).isEqualTo("Nhật ký kiểm toán");
        assertThat(admin.select("a[href=/admin/calendar]"))
                .as("the city-wide calendar is for system administrators")
                .isEmpty();
    }

    @Test
    void demoCitizensAndBusinessesSignInWithTheirNumbers() {
        Browserless citizen = browser();
        assertThat(TestAccounts.signIn(citizen, "001085012345", TestAccounts.PASSWORD))
                .isEqualTo("/");
        assertThat(citizen.page("/").select(".user-menu .user-name").text()).isEqualTo("Nguyễn Văn An");
        assertThat(citizen.get("/work").statusCode())
                .as("citizens have no workspace")
                .isEqualTo(403);

        Browserless business = browser();
        assertThat(TestAccounts.signIn(business, "0109123458", TestAccounts.PASSWORD))
                .isEqualTo("/");
        assertThat(business.page("/").select(".user-menu .user-name").text())
                .isEqualTo("Công ty TNHH Dịch vụ Văn phòng Phố Cổ");
    }

    @Test
    void theSessionIsStoredInTheSharedTableUnderTheUsernameAndIsSmall() {
        Account account = citizen();
        Browserless browser = browser();
        TestAccounts.signIn(browser, account.username(), TestAccounts.PASSWORD);
        List<Integer> sizes = jdbc.queryForList(
                "select octet_length(a.attribute_bytes) from spring_session s join spring_session_attributes a"
                        + " on a.session_primary_id = s.primary_id"
                        + " where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'",
                Integer.class,
                account.username());
        assertThat(sizes)
                .singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
                .isLessThan(3000);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusalLeavesNoExceptionInTheSessionTable() {
        Browserless browser = browser();
        TestAccounts.signIn(browser, "khong.co.tai.khoan.nay", "Sai-mat-khau");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes"
                                + " where attribute_name = 'SPRING_SECURITY_LAST_EXCEPTION'",
                        Long.class))
                .isZero();
    }

    @Test
    void theSignedInPrincipalIsTheAccountWithItsPrivileges() {
        Authentication authentication = signIn.authenticate("quantri.hanoi", TestAccounts.PASSWORD);
        CivicPrincipal principal = (CivicPrincipal) authentication.getPrincipal();
        assertThat(principal.actorId()).startsWith("account:");
        assertThat(principal.displayName()).isEqualTo("Hoàng Văn Nam");
        assertThat(principal.agencyCode()).isEqualTo(DemoAgencies.HANOI);
        assertThat(principal.agencyId()).isEqualTo(accounts.agencyId(DemoAgencies.HANOI));
        assertThat(authentication.getName()).isEqualTo("quantri.hanoi");
        assertThat(authentication.getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains(Privilege.STAFF_MANAGE.name(), Privilege.CALENDAR_MANAGE.name(), Privilege.AUDIT_VIEW.name());
        assertThat(authentication.getCredentials()).isNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefusedWithTheSameMessage() {
        Account account = citizen();
        Browserless browser = browser();
        for (int i = 1; i <= 5; i++) {
            assertThat(TestAccounts.signIn(browser, account.username(), "Sai-mat-khau-" + i))
                    .isEqualTo("/login?error");
        }
        String wrongPassword = refusal(browser);
        assertThat(wrongPassword)
                .startsWith(LOCKED_TEXT)
                .contains("Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa 15 phút")
                .contains("Quên mật khẩu? Đặt lại mật khẩu qua email");
        Instant lockedUntil = jdbc.queryForObject(
                "select locked_until from account_credential where account_id = ?", Instant.class, account.id());
        assertThat(lockedUntil)
                .isBetween(
                        clock.instant().plus(Duration.ofMinutes(14)),
                        clock.instant().plusSeconds(901));
        assertThat(jdbc.queryForList(
                        "select actor_id from audit_entry where action = 'account.locked' and object_id = ?",
                        String.class,
                        account.id().toString()))
                .containsExactly("login:" + account.username());

        assertThat(TestAccounts.signIn(browser, account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/login?error");
        String locked = refusal(browser);
        assertThat(TestAccounts.signIn(browser, "khong.co.tai.khoan.nay", "Sai-mat-khau"))
                .isEqualTo("/login?error");
        String unknown = refusal(browser);
        assertThat(locked).as("locked reads as wrong password").isEqualTo(wrongPassword);
        assertThat(unknown).as("unknown username reads as wrong password").isEqualTo(wrongPassword);
        assertThat(browser.get("/account").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aRefusedSignInKeepsTheTypedUsernameAndMarksTheFields() {
        Browserless browser = browser();
        TestAccounts.signIn(browser, "nguoi.dung.go.nham", "Sai-mat-khau");
        Document page = browser.page("/login?error");
        assertThat(page.select("#username").val()).isEqualTo("nguoi.dung.go.nham");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select("#sign-in-error").attr("role")).isEqualTo("alert");
        assertThat(page.select("#username").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#username").attr("aria-describedby")).contains("sign-in-error");
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfFailuresAgain() {
        Account account = citizen();
        Browserless browser = browser();
        for (int i = 0; i < 4; i++) {
            TestAccounts.signIn(browser, account.username(), "Sai-mat-khau-" + i);
        }
        assertThat(TestAccounts.signIn(browser, account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/");
        Browserless other = browser();
        for (int i = 0; i < 4; i++) {
            TestAccounts.signIn(other, account.username(), "Sai-mat-khau-" + i);
        }
        assertThat(TestAccounts.signIn(other, account.username(), TestAccounts.PASSWORD))
                .as("eight failures, but never five in a row")
                .isEqualTo("/");
    }

    @Test
    void theLockEndsWhenTheConfiguredTimeHasPassed() {
        Account account = citizen();
        Browserless browser = browser();
        for (int i = 0; i < 5; i++) {
            TestAccounts.signIn(browser, account.username(), "Sai-mat-khau-" + i);
        }
        PasswordSignIn almost =
                signIn.with(encoder, Clock.offset(clock, Duration.ofMinutes(15).minusSeconds(5)));
        assertThatThrownBy(() -> almost.authenticate(account.username(), TestAccounts.PASSWORD))
                .isInstanceOf(LockedException.class);
        PasswordSignIn later =
                signIn.with(encoder, Clock.offset(clock, Duration.ofMinutes(15).plusSeconds(1)));
        assertThat(later.authenticate(account.username(), TestAccounts.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void whileLockedNoFailureIsCountedSoTheLockDoesNotGrow() {
        Account account = citizen();
        Browserless browser = browser();
        for (int i = 0; i < 5; i++) {
            TestAccounts.signIn(browser, account.username(), "Sai-mat-khau-" + i);
        }
        Instant lockedUntil = jdbc.queryForObject(
                "select locked_until from account_credential where account_id = ?", Instant.class, account.id());
        for (int i = 0; i < 5; i++) {
            TestAccounts.signIn(browser, account.username(), "Van-sai-" + i);
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until from account_credential where account_id = ?",
                        Instant.class,
                        account.id()))
                .isEqualTo(lockedUntil);
    }

    @Test
    void everyRefusalCostsOnePasswordHashWhetherOrNotTheUsernameExists() {
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoder.upgradeEncoding(encoded);
            }
        };
        PasswordSignIn counted = signIn.with(counting, clock);

        assertThatThrownBy(() -> counted.authenticate("khong.co.tai.khoan.nay", "Sai-mat-khau"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashes.getAndSet(0)).as("unknown username").isEqualTo(1);

        Account invited =
                accounts.invitedStaff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.OFFICER), TestAccounts.email("invited."));
        assertThatThrownBy(() -> counted.authenticate(invited.username(), "Sai-mat-khau"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashes.getAndSet(0)).as("account without a password").isEqualTo(1);

        Account account = citizen();
        assertThatThrownBy(() -> counted.authenticate(account.username(), "Sai-mat-khau"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashes.getAndSet(0)).as("wrong password").isEqualTo(1);

        jdbc.update("update account set active = false where id = ?", account.id());
        assertThatThrownBy(() -> counted.authenticate(account.username(), TestAccounts.PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThat(hashes.getAndSet(0)).as("disabled account").isEqualTo(1);
    }

    @Test
    void anOlderHashIsReplacedByArgon2idAtTheNextSignIn() {
        Account account = citizen();
        jdbc.update(
                "update account_credential set password_hash = ? where account_id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder(10).encode(TestAccounts.PASSWORD),
                account.id());
        assertThat(TestAccounts.signIn(browser(), account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/");
        assertThat(jdbc.queryForObject(
                        "select password_hash from account_credential where account_id = ?",
                        String.class,
                        account.id()))
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void signInsAndRefusalsAreAudited() {
        Account account = citizen();
        TestAccounts.signIn(browser(), account.username(), "Sai-mat-khau");
        TestAccounts.signIn(browser(), account.username(), TestAccounts.PASSWORD);
        List<Map<String, Object>> entries = jdbc.queryForList(
                "select action, actor_id, outcome from audit_entry where actor_id in (?, ?) order by seq",
                "account:" + account.id(),
                "login:" + account.username());
        assertThat(entries)
                .extracting(e -> e.get("action") + " " + e.get("actor_id") + " " + e.get("outcome"))
                .containsExactly(
                        "login.failed login:" + account.username() + " FAILURE",
                        "login.succeeded account:" + account.id() + " SUCCESS");
    }

    @Test
    void afterSignInThePersonReturnsToThePageTheyWereGoingTo() {
        Account account = citizen();
        Browserless browser = browser();
        HttpResponse<String> anonymous = browser.get("/account");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(TestAccounts.signIn(browser, account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/account?continue");
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() {
        Browserless browser = browser();
        browser.page("/login");
        HttpResponse<String> forged = browser.postForm(
                "/login", Map.of("username", "chuyenvien.hoankiem", "password", TestAccounts.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/work").statusCode()).as("still not signed in").isEqualTo(302);
    }

    @Test
    void theSignInPageSpeaksEnglishToo() {
        Browserless browser = browser();
        TestAccounts.signIn(browser, "khong.co.tai.khoan.nay", "Sai-mat-khau");
        Document page = Jsoup.parse(browser.get("/login?error&lang=en").body());
        assertThat(page.select("h1").text()).isEqualTo("Sign in");
        assertThat(page.select("#sign-in-error").text())
                .contains("Could not sign in")
                .contains("After 5 wrong passwords in a row the account is locked for 15 minutes");
    }
}
