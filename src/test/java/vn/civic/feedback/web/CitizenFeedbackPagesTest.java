package vn.civic.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.feedback.web.CitizenFeedbackTesting.AN;
import static vn.civic.feedback.web.CitizenFeedbackTesting.BINH;
import static vn.civic.feedback.web.CitizenFeedbackTesting.DOSSIER;
import static vn.civic.feedback.web.CitizenFeedbackTesting.LIGHTING;
import static vn.civic.feedback.web.CitizenFeedbackTesting.acknowledgeAndAnswer;
import static vn.civic.feedback.web.CitizenFeedbackTesting.fileLightReport;
import static vn.civic.feedback.web.CitizenFeedbackTesting.jpeg;
import static vn.civic.feedback.web.CitizenFeedbackTesting.pointInHoanKiem;
import static vn.civic.feedback.web.CitizenFeedbackTesting.signedIn;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.ReportStatus;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/**
 * The citizen pages of feedback as a person sees them: the public page and its list (the map's fallback), the report
 * form with its marked errors, anonymous and signed-in categories, similar reports offered before submitting, the
 * report's public page without personal data, rating and reopening by the reporter only, and "my reports".
 */
@CivicTest
class CitizenFeedbackPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FeedbackReports reports;

    @Autowired
    OrgDirectory org;

    Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return CitizenFeedbackTesting.page(mvc, request);
    }

    static String unique(String text) {
        return text + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }

    MockMultipartHttpServletRequestBuilder reportForm(String category, String description, double[] point) {
        return reportForm(category, description, point, "submit");
    }

    /** The report form as posted by one of its buttons ({@code submit}, {@code check}, {@code find-unit}). */
    MockMultipartHttpServletRequestBuilder reportForm(
            String category, String description, double[] point, String action) {
        MockMultipartHttpServletRequestBuilder request = multipart("/feedback/new");
        request.param("category", category).param("description", description).param("action", action);
        if (point != null) {
            request.param("latitude", String.valueOf(point[0])).param("longitude", String.valueOf(point[1]));
        }
        request.with(csrf());
        return request;
    }

    /** Submits and follows the redirect to the report's page; the report's code. */
    String submitted(MockMultipartHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request.header("Accept-Language", "vi"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/feedback/reports/PA-");
        return location.substring("/feedback/reports/".length());
    }

    long publicCount(String category) {
        return reports.listPublic(PublicReportFilter.all()
                        .withCategoryCodes(List.of(category))
                        .withPage(PublicReportFilter.MAX_LIMIT, 0))
                .reports()
                .size();
    }

    @Test
    void publicPageExplainsTheChannelAndListsReportsForThoseWithoutAMap() throws Exception {
        String description = unique("Đèn đường trước số 3 Lê Thái Tổ không sáng");
        String code = fileLightReport(reports, accounts, org, AN, pointInHoanKiem(), description);

        MockHttpServletResponse response = mvc.perform(
                        get("/feedback").param("category", LIGHTING).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("main h1").text()).isEqualTo("Phản ánh, kiến nghị");
        assertThat(page.select("#report-button").attr("href")).isEqualTo("/feedback/new");
        assertThat(page.select("#how-it-works").text()).contains("8 giờ làm việc");
        // the map is drawn by JavaScript over the list, which is there for everyone
        assertThat(page.select("#feedback-map").hasAttr("hidden")).isTrue();
        assertThat(page.select("#feedback-map").attr("data-tiles"))
                .isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(page.select("#map-reports tr[data-lat]").eachText())
                .anySatisfy(row -> assertThat(row).contains(code).contains("Chiếu sáng"));
        // the tiles' origin is the only image source besides the platform's own
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;");

        Document english = page(get("/feedback").param("lang", "en"));
        assertThat(english.select("main h1").text()).isEqualTo("Feedback");
    }

    @Test
    void lookUpByCodeLeadsToTheReportAndAnUnknownCodeIsSaidInWords() throws Exception {
        String code = fileLightReport(reports, accounts, org, AN, pointInHoanKiem(), unique("Đèn hỏng"));
        mvc.perform(get("/feedback/lookup").param("code", " " + code.toLowerCase() + " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/feedback/reports/" + code));
        Document page = page(get("/feedback/lookup").param("code", "PA-1999-000001"));
        assertThat(page.select("#lookup-code-error").text())
                .contains("Không tìm thấy phản ánh có mã \"PA-1999-000001\"");
        assertThat(page.select("#lookup-code").attr("aria-invalid")).isEqualTo("true");
        mvc.perform(get("/feedback/" + code)).andExpect(status().is3xxRedirection());
    }

    @Test
    void reportFormGroupsCategoriesAndSaysWhichNeedSignIn() throws Exception {
        Document anonymous = page(get("/feedback/new"));
        assertThat(anonymous.select("#category optgroup").eachAttr("label"))
                .contains("Phản ánh hiện trường", "Thủ tục hành chính, hồ sơ");
        assertThat(anonymous.select("#category option[value=" + DOSSIER + "]").text())
                .endsWith("(cần đăng nhập)");
        assertThat(anonymous.select("#category option[value=" + LIGHTING + "]").text())
                .doesNotContain("đăng nhập");
        assertThat(anonymous.select("#anonymous-notice").text()).contains("ẩn danh");
        // the dossier category asks for the dossier's code, shown only while it is chosen (JavaScript)
        assertThat(anonymous.select(
                        "[data-category-fields=" + DOSSIER + "] input[name=attr." + DOSSIER + ".dossier-code]"))
                .hasSize(1);
        assertThat(anonymous.select("#photos-hint").text())
                .contains("Tối đa 5 ảnh")
                .contains("5 MB")
                .contains("GPS");
        assertThat(anonymous.select("#contact-hint").text()).contains("không bao giờ được công khai");

        Document citizen = page(get("/feedback/new").with(signedIn(accounts, AN)));
        assertThat(citizen.select("#anonymous-notice")).isEmpty();
        assertThat(citizen.select("#category option[value=" + DOSSIER + "]").text())
                .doesNotContain("đăng nhập");
        assertThat(citizen.select("#contact-name").val()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aWardIsFoundWithoutDiacriticsWithAndWithoutJavaScript() throws Exception {
        String hoanKiem = String.valueOf(CitizenFeedbackTesting.hoanKiemUnit(org));
        // without JavaScript the search button narrows the list and chooses the only match
        Document found = page(
                reportForm(LIGHTING, "Cây đổ chắn lối đi", null, "find-unit").param("unitQuery", "hoan kiem"));
        assertThat(found.select("#adminUnitId option[selected]").val()).isEqualTo(hoanKiem);
        assertThat(found.select("#adminUnitId option[selected]").text()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(found.select("#units-found").text()).contains("Tìm thấy 1 phường, xã");
        assertThat(found.select("#description").text()).isEqualTo("Cây đổ chắn lối đi");
        assertThat(found.select("#report-errors")).isEmpty();
        // htmx swaps the options as the citizen types
        Document options = page(get("/feedback/new/units").param("unitQuery", "HOÀN kiếm"));
        assertThat(options.select("option").eachText())
                .contains("Phường Hoàn Kiếm")
                .doesNotContain("Phường Hồng Bàng");
    }

    @Test
    void anonymousReportIsFiledAndItsPublicPageShowsNoPersonalData() throws Exception {
        String description = unique("Cột đèn số 12 phố Hàng Khay tắt từ tối qua");
        double[] point = pointInHoanKiem();
        String code = submitted(reportForm(LIGHTING, description, point)
                .file(new MockMultipartFile("photos", "cot-den.jpg", "image/jpeg", jpeg(Color.BLUE)))
                .param("street", "12 Hàng Khay")
                .param("contactName", "Lê Thị Riêng Tư")
                .param("contactEmail", "rieng.tu@example.vn")
                .param("contactPhone", "0912345678"));

        MockHttpServletResponse response = mvc.perform(
                        get("/feedback/reports/" + code).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String html = response.getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("main h1").text()).isEqualTo("Phản ánh " + code);
        assertThat(page.select("#report-description").text()).isEqualTo(description);
        assertThat(page.select("#report-category").text()).contains("Chiếu sáng");
        // the pin alone places it in its ward, which handles it
        assertThat(page.select("#report-unit").text()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(page.select("#report-agency").text()).isEqualTo("Ủy ban nhân dân Phường Hoàn Kiếm");
        assertThat(page.select("#report-photos img")).hasSize(1);
        assertThat(html).doesNotContain("Lê Thị Riêng Tư", "rieng.tu@example.vn", "0912345678");

        String photo = page.select("#report-photos img").attr("src");
        MockHttpServletResponse served =
                mvc.perform(get(photo)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getContentAsByteArray()).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void aCategoryThatNeedsSignInRefusesAnAnonymousReportOnItsFieldAndStoresNothing() throws Exception {
        long before = publicCount(DOSSIER);
        Document page = page(reportForm(DOSSIER, unique("Hồ sơ quá hạn chưa trả kết quả"), null)
                .param("attr." + DOSSIER + ".dossier-code", "H26-261123-0001"));
        assertThat(page.select("#report-errors").text()).contains("Phản ánh chưa được gửi");
        assertThat(page.select("#category-error").text()).contains("cần đăng nhập");
        assertThat(page.select("#category-error a").attr("href")).isEqualTo("/login");
        assertThat(page.select("#category option[selected]").val()).isEqualTo(DOSSIER);
        assertThat(publicCount(DOSSIER)).isEqualTo(before);
    }

    @Test
    void wrongInputIsMarkedOnItsFieldsInVietnameseAndNothingIsStored() throws Exception {
        long before = publicCount(LIGHTING);
        String description = unique("Đèn chập chờn");

        // no place at all for an on-site category
        Document missing = page(reportForm(LIGHTING, description, null));
        assertThat(missing.select("#location.has-error")).hasSize(1);
        assertThat(missing.select("#location-error").text()).isNotBlank();
        assertThat(missing.select("#report-errors a[href=#location]")).hasSize(1);
        assertThat(missing.select("#description").text()).isEqualTo(description);

        // coordinates that are not numbers, or only one of them
        Document letters = page(reportForm(LIGHTING, description, null)
                .param("latitude", "hai mươi mốt")
                .param("longitude", "105.85"));
        assertThat(letters.select("#latitude-error").text()).contains("Vĩ độ phải là số thập phân");
        assertThat(letters.select("#latitude").attr("aria-invalid")).isEqualTo("true");
        assertThat(letters.select("#latitude").val()).isEqualTo("hai mươi mốt");
        // half a point, no category and no description: all said at once, in the page's order
        Document half = page(reportForm("", "", null).param("latitude", "21.03"));
        assertThat(half.select("#location .field-error").text()).contains("cả vĩ độ và kinh độ");
        assertThat(half.select("#category-error").text()).isEqualTo("Hãy chọn một lĩnh vực phản ánh trong danh sách.");
        assertThat(half.select("#report-errors a").eachAttr("href"))
                .containsExactly("#category", "#description", "#longitude");

        // a PDF named like a photo, and no description: both marked, the chosen photo named to choose again
        Document disguised = page(reportForm(LIGHTING, "", pointInHoanKiem())
                .file(new MockMultipartFile(
                        "photos", "anh-den.jpg", "image/jpeg", "%PDF-1.4\n%test\n%%EOF\n".getBytes())));
        assertThat(disguised.select("#photos-error").text()).contains("anh-den.jpg");
        assertThat(disguised.select("#photos").attr("aria-invalid")).isEqualTo("true");
        assertThat(disguised.select("#description-error").text()).isNotBlank();
        assertThat(disguised.select("#report-errors").text()).contains("chọn lại: anh-den.jpg");

        assertThat(publicCount(LIGHTING)).isEqualTo(before);
    }

    @Test
    void openReportsOfTheSameCategoryNearbyAreOfferedToFollowInstead() throws Exception {
        double[] point = pointInHoanKiem();
        String first = fileLightReport(reports, accounts, org, AN, point, unique("Đèn tắt cả dãy phố"));

        // htmx asks as soon as the category and the point are set
        Document fragment = page(get("/feedback/new/similar")
                .param("category", LIGHTING)
                .param("latitude", String.valueOf(point[0]))
                .param("longitude", String.valueOf(point[1] + 0.0002))
                .with(signedIn(accounts, BINH)));
        assertThat(fragment.select("#similar-reports li").eachAttr("data-code")).contains(first);
        assertThat(fragment.select("#similar-reports li[data-code=" + first + "] button[name=followExisting]")
                        .val())
                .isEqualTo(first);

        // without JavaScript: the "check for similar reports" step shows the same on the page
        Document checked =
                page(reportForm(LIGHTING, "Đèn không sáng", point, "check").with(signedIn(accounts, BINH)));
        assertThat(checked.select("#similar-reports li").eachAttr("data-code")).contains(first);
        assertThat(checked.select("#description").text()).isEqualTo("Đèn không sáng");

        // following instead files nothing new: Bình follows the first report
        long before = publicCount(LIGHTING);
        String followed = submitted(reportForm(LIGHTING, "Đèn không sáng", point)
                .param("followExisting", first)
                .with(signedIn(accounts, BINH)));
        assertThat(followed).isEqualTo(first);
        assertThat(publicCount(LIGHTING)).isEqualTo(before);
        Document mine = page(get("/feedback/mine").with(signedIn(accounts, BINH)));
        assertThat(mine.select("#my-reports tr[data-code=" + first + "]").text())
                .contains("(đang theo dõi)");

        // another category there offers nothing
        Document other = page(get("/feedback/new/similar")
                .param("category", "trees")
                .param("latitude", String.valueOf(point[0]))
                .param("longitude", String.valueOf(point[1])));
        assertThat(other.select("#similar-reports li").eachAttr("data-code")).doesNotContain(first);
    }

    @Test
    void myReportsListTheCitizensOwnReportsAndNeedSignIn() throws Exception {
        String code = submitted(reportForm(LIGHTING, unique("Đèn sáng cả ban ngày"), pointInHoanKiem())
                .with(signedIn(accounts, AN)));
        Document an = page(get("/feedback/mine").with(signedIn(accounts, AN)));
        assertThat(an.select("#my-reports tr[data-code=" + code + "]").text()).contains("Chiếu sáng");
        Document binh = page(get("/feedback/mine").with(signedIn(accounts, BINH)));
        assertThat(binh.select("#my-reports tr[data-code=" + code + "]")).isEmpty();

        String location = mvc.perform(get("/feedback/mine"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("/login");
        mvc.perform(get("/feedback/mine").with(signedIn(accounts, CitizenFeedbackTesting.OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReporterRatesThePublishedAnswerOnceAndNobodyElseCan() throws Exception {
        String code =
                fileLightReport(reports, accounts, org, AN, pointInHoanKiem(), unique("Đèn tắt ở ngõ Tạm Thương"));
        acknowledgeAndAnswer(reports, accounts, code, "Đã thay bóng đèn LED mới ngày hôm nay.");

        Document anonymous = page(get("/feedback/reports/" + code));
        assertThat(anonymous.select("#answer-text").text()).isEqualTo("Đã thay bóng đèn LED mới ngày hôm nay.");
        assertThat(anonymous.select("#evidence-photos img")).hasSize(1);
        assertThat(anonymous.select("#report-status").text()).contains("Đã trả lời");
        assertThat(anonymous.select("#rate, #reopen")).isEmpty();

        Document reporter = page(get("/feedback/reports/" + code).with(signedIn(accounts, AN)));
        assertThat(reporter.select("#rate input[name=stars]")).hasSize(5);
        assertThat(reporter.select("#reopen textarea[name=reason]")).hasSize(1);

        // another citizen's rating is refused as if the report were not theirs
        mvc.perform(post("/feedback/reports/" + code + "/rating")
                        .param("stars", "1")
                        .with(csrf())
                        .with(signedIn(accounts, BINH)))
                .andExpect(status().isNotFound());

        Document noStars = page(post("/feedback/reports/" + code + "/rating")
                .param("comment", "Nhanh")
                .with(csrf())
                .with(signedIn(accounts, AN)));
        assertThat(noStars.select("#stars-error").text()).isEqualTo("Hãy chọn mức đánh giá từ 1 đến 5.");
        assertThat(noStars.select("#comment").text()).isEqualTo("Nhanh");

        mvc.perform(post("/feedback/reports/" + code + "/rating")
                        .param("stars", "4")
                        .param("comment", "Xử lý nhanh")
                        .with(csrf())
                        .with(signedIn(accounts, AN)))
                .andExpect(status().is3xxRedirection());
        Document rated = page(get("/feedback/reports/" + code).with(signedIn(accounts, AN)));
        assertThat(rated.select("#report-rating").text()).isEqualTo("Người phản ánh đánh giá: 4/5");
        assertThat(rated.select("#rate")).isEmpty();
        assertThat(reports.publicReport(code).orElseThrow().status()).isIn(Set.of(ReportStatus.CLOSED));
    }

    @Test
    void theReporterReopensWithAReason() throws Exception {
        String code = fileLightReport(reports, accounts, org, AN, pointInHoanKiem(), unique("Đèn nhấp nháy"));
        acknowledgeAndAnswer(reports, accounts, code, "Đã kiểm tra và sửa chập điện.");

        Document noReason = page(post("/feedback/reports/" + code + "/reopen")
                .param("reason", " ")
                .with(csrf())
                .with(signedIn(accounts, AN)));
        assertThat(noReason.select("#reason-error").text()).contains("vì sao");
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ANSWERED);

        mvc.perform(post("/feedback/reports/" + code + "/reopen")
                        .param("reason", "Tối qua đèn vẫn nhấp nháy.")
                        .with(csrf())
                        .with(signedIn(accounts, AN)))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.REOPENED);
        Document page = page(get("/feedback/reports/" + code));
        assertThat(page.select("#timeline").text()).contains("Mở lại");
    }

    @Test
    void anAnonymousReporterReopensAndRatesThroughTheirPrivateLinkAndAWrongTokenFindsNothing() throws Exception {
        var filed = mvc.perform(reportForm(LIGHTING, unique("Đèn ngõ Hàng Hành tắt cả tuần"), pointInHoanKiem())
                        .param("street", "5 Hàng Hành")
                        .header("Accept-Language", "vi"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String code = filed.getResponse().getRedirectedUrl().substring("/feedback/reports/".length());
        String link = (String) filed.getFlashMap().get("reporterLink");
        assertThat(link).startsWith("/feedback/reports/" + code + "/reporter?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        Document receipt = page(get("/feedback/reports/" + code)
                .cookie(filed.getResponse().getCookies())
                .header("Accept-Language", "vi"));
        assertThat(receipt.select("#reporter-link a").attr("href")).isEqualTo(link);
        assertThat(page(get("/feedback/reports/" + code)
                                .cookie(filed.getResponse().getCookies()))
                        .select("#reporter-link"))
                .as("shown once")
                .isEmpty();

        acknowledgeAndAnswer(reports, accounts, code, "Đã thay bóng đèn.");
        MockHttpServletResponse held =
                mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(held.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        Document holder = Jsoup.parse(held.getContentAsString());
        assertThat(holder.select("#rate form").attr("action"))
                .isEqualTo("/feedback/reports/" + code + "/reporter/rating");
        assertThat(holder.select("#rate input[name=token]").val()).isEqualTo(token);
        assertThat(holder.select("#reopen input[name=token]").val()).isEqualTo(token);
        assertThat(holder.select("#follow-form")).isEmpty();

        // a wrong token finds nothing and changes nothing
        mvc.perform(get("/feedback/reports/" + code + "/reporter").param("token", token + "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/feedback/reports/" + code + "/reporter/rating")
                        .param("token", "sai")
                        .param("stars", "1")
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ANSWERED);

        Document noReason = page(post("/feedback/reports/" + code + "/reporter/reopen")
                .param("token", token)
                .param("reason", " ")
                .with(csrf()));
        assertThat(noReason.select("#reason-error").text()).contains("vì sao");
        assertThat(noReason.select("#reopen input[name=token]").val()).isEqualTo(token);
        mvc.perform(post("/feedback/reports/" + code + "/reporter/reopen")
                        .param("token", token)
                        .param("reason", "Đèn lại tắt từ tối qua.")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link));
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.REOPENED);

        CitizenFeedbackTesting.run(
                accounts,
                CitizenFeedbackTesting.OFFICER,
                () -> reports.answer(
                        code,
                        new vn.civic.feedback.AnswerCommand(
                                "Đã thay cả bộ điện.",
                                List.of(new vn.civic.feedback.PhotoUpload(
                                        "bo-dien.jpg", "image/jpeg", jpeg(Color.GREEN))))));
        mvc.perform(post("/feedback/reports/" + code + "/reporter/rating")
                        .param("token", token)
                        .param("stars", "5")
                        .param("comment", "Cảm ơn phường")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document rated = page(get(link).header("Accept-Language", "vi"));
        assertThat(rated.select("#report-rating").text()).isEqualTo("Người phản ánh đánh giá: 5/5");
        assertThat(rated.select("#rate")).as("rated once").isEmpty();
        assertThat(reports.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.CLOSED);
    }
}
