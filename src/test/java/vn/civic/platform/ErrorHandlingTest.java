package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.civic.test.Browserless;
import vn.civic.test.CivicTest;

@CivicTest
class ErrorHandlingTest {

    @LocalServerPort
    int port;

    @Test
    void missingPublicPageShowsFriendlyVietnameseMessage() {
        HttpResponse<String> response = new Browserless(port).get("/assets/img/khong-co-trang-nay");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("[role=alert] h1").text()).isEqualTo("Lỗi 404");
        assertThat(page.select("[role=alert] .lead").text())
                .isEqualTo("Không tìm thấy trang hoặc dữ liệu bạn yêu cầu.");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.civic");
    }

    @Test
    void anonymousApiCallAnswersProblemDetailsWithStableCode() {
        HttpResponse<String> response = new Browserless(port).getJson("/api/khong-co");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"code\":\"unauthenticated\"")
                .contains("\"detail\":\"Bạn cần đăng nhập để tiếp tục.\"")
                .contains("\"status\":401")
                .contains("\"type\":\"urn:civic:problem:unauthenticated\"");
    }

    @Test
    void anonymousVisitorOfAStaffPageIsSentToSignIn() {
        HttpResponse<String> response = new Browserless(port).get("/work");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
