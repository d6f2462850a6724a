package vn.civic.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

@CivicTest
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void homePageSpeaksVietnameseByDefault() {
        Document page = new Browserless(port).page("/");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("h2").text()).contains("Bạn cần làm gì?");
        assertThat(page.select(".card h3 a").eachText())
                .containsExactly("Tìm dịch vụ công", "Tra cứu hồ sơ", "Gửi phản ánh, kiến nghị", "Kiểm tra chữ ký số");
    }

    @Test
    void languageSwitchToEnglishIsRemembered() {
        Browserless browser = new Browserless(port);
        Document english = browser.page("/?lang=en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h2").text()).contains("What do you need to do?");
        // the cookie keeps the choice on the next page
        assertThat(browser.page("/track").select("h1").text()).isEqualTo("Track a dossier");
        assertThat(browser.page("/?lang=vi").select("h2").text()).contains("Bạn cần làm gì?");
    }

    @Test
    void languageSwitchKeepsTheQuery() {
        Document page = new Browserless(port).page("/track?code=H26-261123-0001&lang=vi");
        assertThat(page.select(".lang-switch a[lang=en]").attr("href"))
                .isEqualTo("/track?code=H26-261123-0001&lang=en");
    }

    @Test
    void homePageOffersSignInToAnonymousVisitors() {
        Document page = new Browserless(port).page("/");
        assertThat(page.select("a[href=/login]").text()).isEqualTo("Đăng nhập");
    }
}
