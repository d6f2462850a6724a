package vn.civic.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.identity.oidc.ProviderSignIn.pathOf;
import static vn.civic.identity.oidc.ProviderSignIn.redirect;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.TaxCode;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.Role;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;
import vn.civic.test.OidcServers;

/**
 * Sign-in through OpenID Connect providers end to end, over real HTTP against a real OpenID Connect server
 * ({@link OidcServers}): the national e-ID for citizens and businesses, the city's Keycloak for staff. What is
 * checked is what the person sees and what the database holds afterwards.
 */
@CivicTest
class OidcSignInTest {

    static final String REFUSED = "/login?oidc-error=";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdentityProperties identity;

    @Autowired
    Clock clock;

    TestAccounts testAccounts;

    @BeforeEach
    void accounts() {
        testAccounts = new TestAccounts(context);
    }

    Browserless browser() {
        return new Browserless(port);
    }

    static String subject(String prefix) {
        return TestAccounts.unique(prefix + "-sub-");
    }

    /** The national portal's user info of a person. */
    static Map<String, Object> citizen(String personalIdNumber, String fullName) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("LoaiTaiKhoan", 1);
        if (personalIdNumber != null) {
            claims.put("SoDinhDanh", personalIdNumber);
        }
        claims.put("HoVaTen", fullName);
        return claims;
    }

    static Map<String, Object> business(String taxCode, String name) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("LoaiTaiKhoan", "2");
        claims.put("MaSoThue", taxCode);
        claims.put("TenDoanhNghiep", name);
        claims.put("HoVaTen", "Người Đại Diện");
        return claims;
    }

    /** A valid tax code nobody in this run has used yet, born in Hà Nội (prefix 01). */
    static String freshTaxCode() {
        while (true) {
            String firstNine =
                    "01" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int check = TaxCode.checkDigit(firstNine);
            if (check < 10) {
                return firstNine + check;
            }
        }
    }

    String signedInName(Browserless browser) {
        return browser.page("/").select(".user-menu .user-name").text();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long links(String providerId, String subject) {
        return count(
                "select count(*) from account_oidc_link where provider_id = ? and subject = ?", providerId, subject);
    }

    List<Map<String, Object>> audit(String action, long accountId) {
        return jdbc.queryForList(
                "select actor_id, summary_before, summary_after from audit_entry"
                        + " where action = ? and object_type = 'Account' and object_id = ? order by seq",
                action,
                Long.toString(accountId));
    }

    List<String> refusalsAudited(String providerId, String subject) {
        return jdbc.queryForList(
                "select summary_after from audit_entry where action = 'login.failed' and outcome = 'FAILURE'"
                        + " and actor_id = ? order by seq",
                String.class,
                "oidc:" + providerId + ":" + subject);
    }

    String refusalShown(Browserless browser, String location) {
        Document page = browser.page(location);
        return page.select("#oidc-error").text();
    }

    @Test
    void aCitizensFirstSignInCreatesTheAccountWithThePersonalIdNumber() {
        String number = TestAccounts.personalIdNumber();
        String subject = subject("new");
        Map<String, Object> claims = citizen(number, "Hoàng Thị Thu Trang");
        claims.put("ThuDienTu", "Thu.Trang@Example.VN");
        claims.put("SoDienThoai", "0912 345 679");
        Browserless browser = browser();

        assertThat(ProviderSignIn.vneid(browser, subject, claims)).isEqualTo("/");

        assertThat(signedInName(browser)).isEqualTo("Hoàng Thị Thu Trang");
        AccountView account = directory.findByPersonalIdNumber(number).orElseThrow();
        assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(account.username()).isEqualTo(number);
        assertThat(account.email()).isEqualTo("thu.trang@example.vn");
        assertThat(account.phone()).isEqualTo("0912345679");
        assertThat(account.active()).isTrue();
        assertThat(count("select count(*) from account_credential where account_id = ?", account.id()))
                .as("an e-ID account has no password")
                .isZero();
        assertThat(jdbc.queryForMap(
                        "select account_id, matched_by, first_used_at, last_used_at from account_oidc_link"
                                + " where provider_id = 'vneid' and subject = ?",
                        subject))
                .containsEntry("account_id", account.id())
                .containsEntry("matched_by", "CREATED");
        assertThat(audit("account.created", account.id())).singleElement().satisfies(e -> {
            assertThat(e.get("actor_id")).isEqualTo(account.actorId());
            assertThat(e.get("summary_after").toString()).contains("CITIZEN " + number, "via vneid");
        });
        assertThat(audit("account.linked", account.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.get("summary_after").toString())
                        .isEqualTo("provider=vneid subject=" + subject + " matched by CREATED"));
        assertThat(jdbc.queryForList(
                        "select summary_after from audit_entry where action = 'login.succeeded' and actor_id = ?",
                        String.class,
                        account.actorId()))
                .containsExactly("via oidc:vneid");
        assertThat(browser.page("/account").select("main").text())
                .as("the same pages as after a password sign-in")
                .contains("Hoàng Thị Thu Trang", number);
    }

    @Test
    void theSessionIsStoredInTheSharedTableUnderTheUsername() {
        String number = TestAccounts.personalIdNumber();
        Browserless browser = browser();
        ProviderSignIn.vneid(browser, subject("session"), citizen(number, "Đinh Văn Phiên"));

        List<Integer> sizes = jdbc.queryForList(
                "select octet_length(a.attribute_bytes) from spring_session s join spring_session_attributes a"
                        + " on a.session_primary_id = s.primary_id"
                        + " where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'",
                Integer.class,
                number);
        assertThat(sizes)
                .as("one session, holding the principal and the ID token for signing out, nothing more")
                .singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
                .isLessThan(5000);
        assertThat(count(
                        "select count(*) from spring_session_attributes where attribute_name like '%OAuth2%'"
                                + " and session_primary_id in (select primary_id from spring_session"
                                + " where principal_name = ?)",
                        number))
                .as("the provider's authorisation request is gone from the session")
                .isZero();
    }

    @Test
    void afterSigningInThePersonReturnsToThePageTheyWereGoingTo() {
        Browserless browser = browser();
        assertThat(pathOf(redirect(browser.get("/account")))).isEqualTo("/login");

        String landed =
                ProviderSignIn.vneid(browser, subject("back"), citizen(TestAccounts.personalIdNumber(), "Hồ Văn Về"));

        assertThat(landed).startsWith("/account");
        assertThat(browser.get(landed).statusCode()).isEqualTo(200);
    }

    @Test
    void aCitizenWhoseAccountExistsIsLinkedNotDuplicated() {
        // a demo citizen, who so far signed in with a password
        String number = "031088006789";
        String subject = subject("demo");
        Browserless browser = browser();

        assertThat(ProviderSignIn.vneid(browser, subject, citizen(number, "Phạm Văn Cường")))
                .isEqualTo("/");

        assertThat(signedInName(browser)).isEqualTo("Phạm Văn Cường");
        assertThat(count("select count(*) from account where personal_id_number = ?", number))
                .isOne();
        AccountView demo = directory.findByUsername(number).orElseThrow();
        assertThat(jdbc.queryForObject(
                        "select matched_by from account_oidc_link where provider_id = 'vneid' and subject = ?",
                        String.class,
                        subject))
                .isEqualTo("PERSONAL_ID_NUMBER");
        assertThat(audit("account.linked", demo.id()))
                .extracting(e -> e.get("summary_after"))
                .contains("provider=vneid subject=" + subject + " matched by PERSONAL_ID_NUMBER");
        assertThat(audit("account.created", demo.id())).isEmpty();
        assertThat(TestAccounts.signIn(browser(), number, TestAccounts.PASSWORD))
                .as("the password still works")
                .isEqualTo("/");
    }

    @Test
    void aLaterSignInFindsTheAccountByTheLinkAndKeepsTheNameCurrent() {
        String number = TestAccounts.personalIdNumber();
        String subject = subject("again");
        ProviderSignIn.vneid(browser(), subject, citizen(number, "Lý Thị Hằng"));
        AccountView first = directory.findByPersonalIdNumber(number).orElseThrow();
        var firstUse = jdbc.queryForObject(
                "select last_used_at from account_oidc_link where subject = ?", java.sql.Timestamp.class, subject);

        // the provider now leaves the number out, and the person changed her name: the link finds the account
        Browserless later = browser();
        assertThat(ProviderSignIn.vneid(later, subject, citizen(null, "Lý Thị Thu Hằng")))
                .isEqualTo("/");

        assertThat(signedInName(later)).isEqualTo("Lý Thị Thu Hằng");
        assertThat(links(OidcServers.VNEID, subject)).isOne();
        assertThat(count("select count(*) from account_oidc_link where account_id = ?", first.id()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select last_used_at from account_oidc_link where subject = ?",
                        java.sql.Timestamp.class,
                        subject))
                .isAfterOrEqualTo(firstUse);
        assertThat(directory.findById(first.id()).orElseThrow().fullName()).isEqualTo("Lý Thị Thu Hằng");
        assertThat(audit("account.created", first.id())).hasSize(1);
        assertThat(audit("account.updated", first.id())).singleElement().satisfies(e -> {
            assertThat(e.get("actor_id")).isEqualTo(first.actorId());
            assertThat(e.get("summary_before").toString()).contains("\"Lý Thị Hằng\"");
            assertThat(e.get("summary_after").toString()).contains("\"Lý Thị Thu Hằng\"", "from vneid");
        });
    }

    @Test
    void aLinkedIdentityThatNowCarriesAnotherNumberIsRefused() {
        String subject = subject("swap");
        ProviderSignIn.vneid(browser(), subject, citizen(TestAccounts.personalIdNumber(), "Mai Văn Đổi"));
        String other = TestAccounts.personalIdNumber();

        Browserless browser = browser();
        String landed = ProviderSignIn.vneid(browser, subject, citizen(other, "Mai Văn Đổi"));

        assertThat(landed).isEqualTo(REFUSED + "oidc_identity_mismatch");
        assertThat(refusalShown(browser, landed)).contains("không khớp với tài khoản đã liên kết");
        assertThat(directory.findByPersonalIdNumber(other)).isEmpty();
        assertThat(browser.get("/account").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aTokenWithoutAValidPersonalIdNumberIsRefusedAndNothingIsStored() {
        long accountsBefore = count("select count(*) from account");
        for (String number : new String[] {null, "12345", "999085012345", "001399012345"}) {
            String subject = subject("invalid");
            Browserless browser = browser();

            String landed = ProviderSignIn.vneid(browser, subject, citizen(number, "Người Không Số"));

            assertThat(landed).as("number %s", number).isEqualTo(REFUSED + "oidc_personal_id_invalid");
            assertThat(refusalShown(browser, landed))
                    .startsWith("Không đăng nhập một lần được.")
                    .contains("không cung cấp số định danh cá nhân hợp lệ", "Chưa có thông tin nào được lưu");
            assertThat(links(OidcServers.VNEID, subject)).isZero();
            assertThat(refusalsAudited(OidcServers.VNEID, subject))
                    .singleElement()
                    .asString()
                    .startsWith("oidc vneid: oidc_personal_id_invalid");
            assertThat(browser.get("/account").statusCode()).as("not signed in").isEqualTo(302);
        }
        assertThat(count("select count(*) from account where full_name = 'Người Không Số'"))
                .isZero();
        assertThat(count("select count(*) from account")).isEqualTo(accountsBefore);

        Browserless english = browser();
        String landed = ProviderSignIn.vneid(english, subject("en"), citizen("0010850", "No Number"));
        assertThat(refusalShown(english, landed + "&lang=en"))
                .startsWith("Single sign-on did not succeed.")
                .contains("did not provide a valid personal identification number");
    }

    @Test
    void aBusinessSignsInByItsTaxCode() {
        // the demo business is linked
        Browserless demo = browser();
        String demoSubject = subject("biz");
        assertThat(ProviderSignIn.vneid(
                        demo, demoSubject, business("0109123458", "Công ty TNHH Dịch vụ Văn phòng Phố Cổ")))
                .isEqualTo("/");
        assertThat(signedInName(demo)).isEqualTo("Công ty TNHH Dịch vụ Văn phòng Phố Cổ");
        assertThat(count("select count(*) from account where tax_code = '0109123458'"))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select matched_by from account_oidc_link where subject = ?", String.class, demoSubject))
                .isEqualTo("TAX_CODE");

        // a business new to Civic gets its account, named after the business, not its representative
        String code = freshTaxCode();
        Browserless fresh = browser();
        assertThat(ProviderSignIn.vneid(fresh, subject("biz"), business(code, "Công ty Cổ phần Thử Nghiệm Mới")))
                .isEqualTo("/");
        AccountView created = directory.findByTaxCode(code).orElseThrow();
        assertThat(created.kind()).isEqualTo(AccountKind.BUSINESS);
        assertThat(created.username()).isEqualTo(code);
        assertThat(created.fullName()).isEqualTo("Công ty Cổ phần Thử Nghiệm Mới");
        assertThat(fresh.get("/work").statusCode())
                .as("businesses have no workspace")
                .isEqualTo(403);

        // a business account without a valid tax code is refused
        String badCode = code.substring(0, 9) + ((code.charAt(9) - '0' + 1) % 10);
        Browserless refused = browser();
        String subject = subject("biz");
        String landed = ProviderSignIn.vneid(refused, subject, business(badCode, "Công ty Sai Mã"));
        assertThat(landed).isEqualTo(REFUSED + "oidc_tax_code_invalid");
        assertThat(refusalShown(refused, landed)).contains("không cung cấp mã số thuế hợp lệ");
        assertThat(directory.findByTaxCode(badCode)).isEmpty();
        assertThat(links(OidcServers.VNEID, subject)).isZero();
    }

    @Test
    void anAccountTypeThatIsNeitherCitizenNorBusinessIsRefused() {
        Map<String, Object> claims = citizen(TestAccounts.personalIdNumber(), "Người Nước Ngoài");
        claims.put("LoaiTaiKhoan", 3);
        Browserless browser = browser();
        String landed = ProviderSignIn.vneid(browser, subject("type"), claims);
        assertThat(landed).isEqualTo(REFUSED + "oidc_account_type_unsupported");
        assertThat(refusalShown(browser, landed)).contains("chỉ nhận tài khoản công dân và tài khoản doanh nghiệp");
    }

    @Test
    void staffSignInLinksToTheirExistingAccountAndLandsOnTheWorkspace() {
        Account staff =
                testAccounts.staff(DemoAgencies.HOAN_KIEM, EnumSet.of(Role.OFFICER), TestAccounts.email("sso."));
        String subject = subject("kc");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", staff.username().toUpperCase());
        claims.put("name", "Tên Khác Trong Keycloak");
        Browserless browser = browser();

        assertThat(ProviderSignIn.staff(browser, subject, claims)).isEqualTo("/work");

        Document work = browser.page("/work");
        assertThat(work.select(".user-menu .user-name").text())
                .as("staff details belong to their administrators, not to the provider")
                .isEqualTo("Cán bộ Thử Nghiệm");
        assertThat(work.select(".site-nav a[href=/work]")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select matched_by from account_oidc_link where provider_id = ? and subject = ?",
                        String.class,
                        OidcServers.STAFF,
                        subject))
                .isEqualTo("USERNAME");
        assertThat(jdbc.queryForList(
                        "select agency_code from audit_entry where action = 'login.succeeded' and actor_id = ?",
                        String.class,
                        "account:" + staff.id()))
                .containsExactly(DemoAgencies.HOAN_KIEM);

        // the second time, the link finds the account
        assertThat(ProviderSignIn.staff(browser(), subject, claims)).isEqualTo("/work");
        assertThat(count("select count(*) from account_oidc_link where account_id = ?", staff.id()))
                .isOne();
    }

    @Test
    void anUnknownStaffIdentityIsRefusedAndNoAccountIsCreated() {
        long accountsBefore = count("select count(*) from account");
        // nobody by that name; a citizen's username; no username at all
        for (String username : new String[] {"khong.co.ai.ten.nay", "001085012345", null}) {
            Map<String, Object> claims = new LinkedHashMap<>();
            if (username != null) {
                claims.put("preferred_username", username);
            }
            claims.put("name", "Người Lạ");
            String subject = subject("stranger");
            Browserless browser = browser();

            String landed = ProviderSignIn.staff(browser, subject, claims);

            assertThat(landed).as("username %s", username).isEqualTo(REFUSED + "oidc_staff_unknown");
            assertThat(refusalShown(browser, landed))
                    .contains("Chưa có tài khoản cán bộ nào gắn với danh tính này", "liên hệ quản trị");
            assertThat(links(OidcServers.STAFF, subject)).isZero();
            assertThat(refusalsAudited(OidcServers.STAFF, subject)).hasSize(1);
            assertThat(browser.get("/work").statusCode()).isEqualTo(302);
        }
        assertThat(count("select count(*) from account")).isEqualTo(accountsBefore);
    }

    @Test
    void aDisabledAccountCannotSignInThroughAProviderEither() {
        Account staff =
                testAccounts.staff(DemoAgencies.HONG_BANG, EnumSet.of(Role.CLERK), TestAccounts.email("sso.off."));
        String subject = subject("off");
        Map<String, Object> claims = Map.of("preferred_username", staff.username());
        assertThat(ProviderSignIn.staff(browser(), subject, claims)).isEqualTo("/work");
        transactions.executeWithoutResult(
                status -> accounts.findById(staff.id()).orElseThrow().disable(clock.instant()));

        Browserless browser = browser();
        String landed = ProviderSignIn.staff(browser, subject, claims);

        assertThat(landed).isEqualTo(REFUSED + "oidc_account_disabled");
        assertThat(refusalShown(browser, landed)).contains("Tài khoản này đã bị vô hiệu hóa");
        assertThat(browser.get("/work").statusCode()).isEqualTo(302);
        assertThat(refusalsAudited(OidcServers.STAFF, subject))
                .singleElement()
                .asString()
                .startsWith("oidc keycloak-staff: oidc_account_disabled");

        // a citizen disabled before ever using the e-ID is refused at the first sign-in, and no link is stored
        Account citizen = testAccounts.citizen("Công Dân Bị Khóa", TestAccounts.email("sso.off."));
        transactions.executeWithoutResult(
                status -> accounts.findById(citizen.id()).orElseThrow().disable(clock.instant()));
        String citizenSubject = subject("off");
        assertThat(ProviderSignIn.vneid(
                        browser(), citizenSubject, citizen(citizen.personalIdNumber(), "Công Dân Bị Khóa")))
                .isEqualTo(REFUSED + "oidc_account_disabled");
        assertThat(links(OidcServers.VNEID, citizenSubject)).isZero();
    }

    @Test
    void signingOutEndsTheCivicSessionAndSignsOutAtTheProvider() {
        String number = TestAccounts.personalIdNumber();
        Browserless browser = browser();
        ProviderSignIn.vneid(browser, subject("out"), citizen(number, "Tô Văn Về"));
        String csrf = browser.page("/")
                .select("form[action$=/logout] input[name=_csrf]")
                .val();

        String location = redirect(browser.postForm("/logout", Map.of("_csrf", csrf)));

        assertThat(location).startsWith(OidcServers.server().endSessionEndpointUrl(OidcServers.VNEID) + "?");
        Map<String, List<String>> query =
                UriComponentsBuilder.fromUriString(location).build(true).getQueryParams();
        assertThat(query.get("post_logout_redirect_uri"))
                .as("Civic's public address, never the request's Host header")
                .containsExactly(identity.publicUrl().resolve("/").toString());
        assertThat(query.get("client_id")).containsExactly(OidcServers.VNEID_CLIENT_ID);
        assertThat(query.get("id_token_hint")).singleElement().asString().hasSizeGreaterThan(100);
        assertThat(browser.get("/account").statusCode())
                .as("the Civic session ended")
                .isEqualTo(302);
        assertThat(count("select count(*) from spring_session where principal_name = ?", number))
                .isZero();
        assertThat(pathOf(redirect(browser.get(location))))
                .as("the provider sends the person back home")
                .isEqualTo(
                        URI.create(identity.publicUrl().resolve("/").toString()).getPath());
    }

    @Test
    void aSignInCancelledAtTheProviderIsExplained() {
        Browserless browser = browser();
        String authorize = redirect(browser.get("/login/oidc/" + OidcServers.VNEID));
        String state = UriComponentsBuilder.fromUriString(authorize)
                .build()
                .getQueryParams()
                .getFirst("state");

        String landed = pathOf(redirect(
                browser.get("/login/oauth2/code/" + OidcServers.VNEID + "?error=access_denied&state=" + state)));

        assertThat(landed).isEqualTo(REFUSED + "oidc_cancelled");
        assertThat(refusalShown(browser, landed)).contains("Bạn đã hủy đăng nhập tại nhà cung cấp định danh");
        assertThat(jdbc.queryForList(
                        "select summary_after from audit_entry where action = 'login.failed' and actor_id = ?",
                        String.class,
                        "oidc:" + OidcServers.VNEID))
                .contains("oidc vneid: oidc_cancelled (access_denied)");
    }

    @Test
    void aProviderAnswerThatThisBrowserDidNotAskForIsRefused() {
        // someone else's code and state, or a replayed answer: no authorisation request in this session
        Browserless browser = browser();
        String landed = pathOf(redirect(
                browser.get("/login/oauth2/code/" + OidcServers.VNEID + "?code=stolen-code&state=guessed-state")));
        assertThat(landed).isEqualTo(REFUSED + "oidc_failed");
        assertThat(refusalShown(browser, landed)).contains("không thành công hoặc đã quá thời gian");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void onlyConfiguredProvidersCanBeStartedAndSpringsDefaultPathIsNotServed() {
        Browserless browser = browser();
        assertThat(pathOf(redirect(browser.get("/login/oidc/khong-co")))).isEqualTo("/login");
        String authorize = redirect(browser.get("/login/oidc/" + OidcServers.STAFF));
        var query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo(OidcServers.STAFF_CLIENT_ID);
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(query.getFirst("redirect_uri"))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/" + OidcServers.STAFF);
        assertThat(browser.get("/oauth2/authorization/" + OidcServers.VNEID).statusCode())
                .as("the machine clients' token chain owns /oauth2/**")
                .isEqualTo(404);
    }
}
