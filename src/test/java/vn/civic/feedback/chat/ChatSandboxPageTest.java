package vn.civic.feedback.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.StaffReport;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The sandbox page: staff who manage notifications play a chat user and read the official account's replies; the
 * report they file is the chat user's, not theirs; other staff are refused; bad input is marked on its field.
 */
@CivicTest
class ChatSandboxPageTest {

    static final String PAGE = "/admin/feedback/chat";
    /** The city's administrator and system administrator: holds NOTIFICATION_MANAGE. */
    static final String SYSTEM_ADMIN = "quantri.hanoi";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FeedbackReports reports;

    RequestPostProcessor as(String username) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        return TestActors.as(
                new TestActors.TestActor(a.actorId(), a.fullName(), a.agencyId(), null),
                a.privileges().toArray(Privilege[]::new));
    }

    String say(String user, String text) throws Exception {
        mvc.perform(post(PAGE + "/messages")
                        .param("user", user)
                        .param("text", text)
                        .with(csrf())
                        .with(as(SYSTEM_ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE + "?user=" + user));
        return lastReply(user);
    }

    /** The sandbox page a refused form is shown again on, posted by the system administrator. */
    Document refused(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> form)
            throws Exception {
        return Jsoup.parse(mvc.perform(form.with(csrf()).with(as(SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    Document page(String user) throws Exception {
        String html = mvc.perform(get(PAGE).param("user", user).with(as(SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    String lastReply(String user) throws Exception {
        var rows = page(user).select("#conversation tbody tr.from-account");
        return rows.isEmpty() ? "" : rows.last().select("td").get(2).text();
    }

    @Test
    void staffPlayAChatUserFromFirstMessageToFiledReport() throws Exception {
        assertThat(accounts.findByUsername(SYSTEM_ADMIN).orElseThrow().privileges())
                .contains(Privilege.NOTIFICATION_MANAGE);
        String user = "nguoidan-" + UUID.randomUUID().toString().substring(0, 8);

        String description = "Cống thoát nước bị tắc gây ngập trước số 40 Hàng Bông " + System.nanoTime();
        assertThat(say(user, description)).contains("Vấn đề thuộc lĩnh vực nào?");
        Document conversation = page(user);
        assertThat(conversation
                        .select("#conversation tbody tr.from-citizen")
                        .first()
                        .text())
                .contains(description);
        assertThat(conversation.select("h2").text()).contains("Cuộc trò chuyện với sandbox-" + user);

        assertThat(say(user, "ngập")).contains("Lĩnh vực: Thoát nước, ngập úng.");
        mvc.perform(post(PAGE + "/locations")
                        .param("user", user)
                        .param("latitude", String.valueOf(ChatTesting.LATITUDE))
                        .param("longitude", String.valueOf(ChatTesting.LONGITUDE))
                        .with(csrf())
                        .with(as(SYSTEM_ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(lastReply(user)).contains("thuộc Phường Hoàn Kiếm").contains("Hãy gửi ảnh");
        mvc.perform(multipart(PAGE + "/photos")
                        .file(new MockMultipartFile("photo", "cong.png", "image/png", ChatTesting.png(Color.GRAY)))
                        .param("user", user)
                        .with(csrf())
                        .with(as(SYSTEM_ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(lastReply(user)).contains("Đã nhận ảnh (1/3).").contains("Kiểm tra lại phản ánh của bạn");
        String filed = say(user, "Gửi");
        assertThat(filed).contains("Đã tiếp nhận phản ánh PA-");
        String code = filed.replaceAll(".*(PA-\\d{4}-\\d{6}).*", "$1");

        StaffReport report = ChatTesting.as(accounts, "chuyenvien.hoankiem", () -> reports.staffReport(code));
        assertThat(report.channel()).isEqualTo(ReportChannel.CHAT);
        assertThat(report.externalReference()).isEqualTo("sandbox-" + user);
        assertThat(report.reporterName())
                .as("filed as the chat user, not as the staff member")
                .isNull();
        assertThat(report.files()).hasSize(1);

        // the account's messages on the page's outbox list, sent
        assertThat(page(user).select("#chat-outbox tbody tr[data-status=SENT]")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void badInputIsMarkedOnItsField() throws Exception {
        String user = "kiemtra-" + UUID.randomUUID().toString().substring(0, 8);
        Document empty = refused(post(PAGE + "/messages").param("user", user).param("text", "  "));
        assertThat(empty.select("#text-error").text()).isEqualTo("Hãy nhập tin nhắn.");
        assertThat(empty.select("#text").attr("aria-invalid")).isEqualTo("true");

        Document location = refused(post(PAGE + "/locations")
                .param("user", user)
                .param("latitude", "không phải số")
                .param("longitude", "200"));
        assertThat(location.select("#latitude-error").text()).isNotBlank();
        assertThat(location.select("#longitude-error").text()).isEqualTo("Kinh độ là một số từ -180 đến 180.");

        Document photo = refused(multipart(PAGE + "/photos").param("user", user));
        assertThat(photo.select("#photo-error").text()).isEqualTo("Hãy chọn một ảnh.");

        Document badUser =
                refused(post(PAGE + "/messages").param("user", "Người Dùng!").param("text", "xin chào"));
        assertThat(badUser.select("#user-error").text()).isEqualTo("Người dùng thử nghiệm không hợp lệ.");
        // nothing was played
        assertThat(page(user).select("#conversation tbody tr")).isEmpty();
    }

    @Test
    void staffWithoutTheNotificationPrivilegeAreRefused() throws Exception {
        mvc.perform(get(PAGE).with(as("chuyenvien.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/messages")
                        .param("user", "ai-do")
                        .param("text", "Đèn đường không sáng ở ngõ 12")
                        .with(csrf())
                        .with(as("chuyenvien.hoankiem")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theAdministrationIndexLinksTheSandbox() throws Exception {
        String html = mvc.perform(get("/admin").with(as(SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("a[href=" + PAGE + "]").text()).contains("Kênh Zalo thử nghiệm");
    }
}
