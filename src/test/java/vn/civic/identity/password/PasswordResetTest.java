package vn.civic.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.identity.IdentityError;
import vn.civic.identity.TestAccounts;
import vn.civic.identity.account.Account;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;
import vn.civic.test.TestMail;

/** "Forgot your password": the email arrives through a real SMTP server, and its link works once and for a while. */
@CivicTest
class PasswordResetTest {

    static final Pattern LINK = Pattern.compile("(https?://\\S+/password/reset\\?token=([A-Za-z0-9_-]+))");

    static final String SENT_TEXT = "Nếu địa chỉ này gắn với một tài khoản đang hoạt động, chúng tôi đã gửi liên kết"
            + " đặt lại mật khẩu tới đó. Liên kết có hiệu lực trong 30 phút và chỉ dùng được một lần.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordResets resets;

    @Autowired
    Clock clock;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(context);
    }

    /** Submits the forgot-password form and returns the page it leads to. */
    Document requestLink(Browserless browser, String email) {
        HttpResponse<String> response = browser.submit("/password/forgot", "#forgot-password", Map.of("email", email));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password/forgot?sent"));
        return browser.page(response.headers().firstValue("Location").orElseThrow());
    }

    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    static Matcher link(MimeMessage message) {
        Matcher matcher = LINK.matcher(TestMail.body(message));
        assertThat(matcher.find())
                .as("a reset link in:%n%s", TestMail.body(message))
                .isTrue();
        return matcher;
    }

    Document setPassword(Browserless browser, String linkPath, String password) {
        HttpResponse<String> opened = browser.get(linkPath);
        assertThat(opened.statusCode()).as("opening the link").isEqualTo(302);
        assertThat(opened.headers().firstValue("Location"))
                .as("the token leaves the address")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password/reset"));
        Document form = browser.page("/password/reset");
        HttpResponse<String> saved = browser.submit(
                "/password/reset", "#reset-password", Map.of("newPassword", password, "confirmPassword", password));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
        return form;
    }

    @Test
    void theResetEmailArrivesAndItsLinkSetsANewPasswordOnce() {
        String email = TestAccounts.email("reset.");
        Account account = accounts.citizen("Quên Mật Khẩu", email);
        Browserless browser = new Browserless(port);

        Document sent = requestLink(browser, email.toUpperCase());
        assertThat(sent.select("#forgot-sent").text()).startsWith(SENT_TEXT);

        MimeMessage message = TestMail.awaitOne(email);
        assertThat(TestMail.subject(message)).isEqualTo("Đặt lại mật khẩu tài khoản Civic / Reset your Civic password");
        String body = TestMail.body(message);
        assertThat(body)
                .contains("Kính gửi Quên Mật Khẩu", account.username(), "có hiệu lực trong 30 phút")
                .contains("Dear Quên Mật Khẩu", "works for 30 minutes");
        assertThat(body.indexOf("Kính gửi")).as("Vietnamese first").isLessThan(body.indexOf("Dear"));
        Matcher link = link(message);
        assertThat(link.group(1)).startsWith("http://localhost:8080/password/reset?token=");
        String token = link.group(2);
        assertThat(jdbc.queryForObject(
                        "select token_hash from password_reset_token where account_id = ?", String.class, account.id()))
                .as("only the hash is stored")
                .isEqualTo(PasswordResets.hash(token))
                .isNotEqualTo(token);

        String next = "Mat khau moi cua toi";
        Document form = setPassword(browser, pathOf(link.group(1)), next);
        assertThat(form.select("#reset-account").text()).contains("Quên Mật Khẩu", account.username());
        assertThat(browser.page("/login?reset").select("#sign-in-notice").text())
                .isEqualTo("Mật khẩu mới đã được lưu. Hãy đăng nhập bằng mật khẩu mới.");
        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), next))
                .isEqualTo("/");
        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), TestAccounts.PASSWORD))
                .isEqualTo("/login?error");

        HttpResponse<String> reused = new Browserless(port).get(pathOf(link.group(1)));
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(reused.body()).select("#reset-invalid").text())
                .contains("Liên kết đặt mật khẩu không đúng, đã được dùng hoặc đã hết hạn.");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoLink() {
        String unknown = TestAccounts.email("nobody.");
        Document answer = requestLink(new Browserless(port), unknown);
        assertThat(answer.select("#forgot-sent").text()).startsWith(SENT_TEXT);
        assertThat(answer.select("main").text())
                .isEqualTo(requestLink(new Browserless(port), "chuyenvien.hoankiem@civic.example")
                        .select("main")
                        .text());
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset_token t join account a on a.id = t.account_id"
                                + " where a.email = ?",
                        Long.class,
                        unknown))
                .isZero();
    }

    @Test
    void aMalformedAddressIsMarkedOnTheForm() {
        HttpResponse<String> response = new Browserless(port)
                .submit("/password/forgot", "#forgot-password", Map.of("email", "khong-phai-email"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#email").val()).isEqualTo("khong-phai-email");
    }

    @Test
    void anExpiredLinkIsRefused() {
        Account account = accounts.citizen("Liên Kết Hết Hạn", TestAccounts.email("expired."));
        String token = "het-han-" + TestAccounts.unique("");
        Instant issued = clock.instant().minus(Duration.ofMinutes(31));
        jdbc.update(
                "insert into password_reset_token (account_id, token_hash, purpose, requested_by, created_at,"
                        + " expires_at) values (?, ?, 'RESET', 'test', ?, ?)",
                account.id(),
                PasswordResets.hash(token),
                Timestamp.from(issued),
                Timestamp.from(issued.plus(Duration.ofMinutes(30))));

        HttpResponse<String> opened = new Browserless(port).get("/password/reset?token=" + token);
        assertThat(opened.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(opened.body()).select("#reset-invalid a").attr("href"))
                .isEqualTo("/password/forgot");
        assertThatThrownBy(() -> resets.complete(token, "Mat khau moi cua toi", "Mat khau moi cua toi"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(IdentityError.RESET_LINK_INVALID));
    }

    @Test
    void aLinkRefusesAWeakPasswordAndStillWorksAfterwards() {
        String email = TestAccounts.email("weak.");
        Account account = accounts.citizen("Mật Khẩu Yếu", email);
        Browserless browser = new Browserless(port);
        requestLink(browser, email);
        String path = pathOf(link(TestMail.awaitOne(email)).group(1));
        browser.get(path);
        HttpResponse<String> weak = browser.submit(
                "/password/reset", "#reset-password", Map.of("newPassword", "Password2026!", "confirmPassword", "x"));
        Document page = Jsoup.parse(weak.body());
        assertThat(page.select("#newPassword-error").text())
                .isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");
        assertThat(page.select("#confirmPassword-error").text())
                .isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        setPassword(browser, path, "Mot mat khau tot hon");
        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), "Mot mat khau tot hon"))
                .isEqualTo("/");
    }

    @Test
    void resettingThePasswordEndsALockAndEverySessionAndIsAudited() {
        String email = TestAccounts.email("locked.");
        Account account = accounts.citizen("Bị Khóa", email);
        Browserless session = new Browserless(port);
        TestAccounts.signIn(session, account.username(), TestAccounts.PASSWORD);
        Browserless attacker = new Browserless(port);
        for (int i = 0; i < 5; i++) {
            TestAccounts.signIn(attacker, account.username(), "Doan-mo-" + i);
        }
        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), TestAccounts.PASSWORD))
                .as("locked")
                .isEqualTo("/login?error");

        Browserless owner = new Browserless(port);
        requestLink(owner, email);
        setPassword(owner, pathOf(link(TestMail.awaitOne(email)).group(1)), "Mat khau sau khi bi khoa");

        assertThat(TestAccounts.signIn(new Browserless(port), account.username(), "Mat khau sau khi bi khoa"))
                .isEqualTo("/");
        assertThat(session.get("/account").statusCode())
                .as("earlier session ended")
                .isEqualTo(302);
        assertThat(jdbc.queryForList(
                        "select action || ' ' || actor_id from audit_entry where object_type = 'Account'"
                                + " and object_id = ? and action like 'account.password%' order by seq",
                        String.class, account.id().toString()))
                .containsExactly(
                        "account.password_reset_requested login:" + account.username(),
                        "account.password_reset account:" + account.id());
    }

    @Test
    void repeatedRequestsSendOneLinkAMinute() {
        String email = TestAccounts.email("repeat.");
        Account account = accounts.citizen("Gửi Nhiều Lần", email);
        requestLink(new Browserless(port), email);
        requestLink(new Browserless(port), email);
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset_token where account_id = ?", Long.class, account.id()))
                .isEqualTo(1);
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        String email = TestAccounts.email("newer.");
        Account account = accounts.citizen("Liên Kết Mới", email);
        resets.requestFor(account);
        resets.requestFor(account);
        var messages = TestMail.await(email, 2, Duration.ofSeconds(5));
        String first = link(messages.get(0)).group(2);
        String second = link(messages.get(1)).group(2);
        assertThat(resets.check(first).isPresent() ^ resets.check(second).isPresent())
                .as("exactly one of the two links works")
                .isTrue();
    }
}
