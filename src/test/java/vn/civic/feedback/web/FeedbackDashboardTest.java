package vn.civic.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.feedback.web.StaffPagesTesting.CITIZEN;
import static vn.civic.feedback.web.StaffPagesTesting.DESK;
import static vn.civic.feedback.web.StaffPagesTesting.LEADER;
import static vn.civic.feedback.web.StaffPagesTesting.OFFICER;
import static vn.civic.feedback.web.StaffPagesTesting.OTHER_LEADER;
import static vn.civic.feedback.web.StaffPagesTesting.png;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/**
 * The leaders' dashboard counts known reports: four street-light reports filed in Phường Hoàn Kiếm in August 2023 (a
 * month no other test uses): two answered on time (rated 5 and 1), one answered late, one never handled (overdue now).
 * Decision 766: on time 2 ÷ (3 answered + 1 overdue) = 50%; satisfaction (4 − 1 unsatisfied − 1 overdue − 1 late) ÷ 4
 * = 25%. The page, the Excel workbook and the CSV show the same figures; the scope is the leader's agency.
 */
@CivicTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackDashboardTest {

    static final String PERIOD = "from=2023-08-01&to=2023-08-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    FeedbackReports reports;

    @Autowired
    TestClock clock;

    String hoanKiem;
    List<String> codes;

    @BeforeAll
    void fourReportsOfAugust2023() {
        hoanKiem = Long.toString(
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id());
        try {
            clock.travelTo(ZonedDateTime.of(2023, 8, 7, 9, 0, 0, 0, CivicTime.ZONE)); // a Monday
            String onTimeHappy = file("Đèn tắt ở ngõ 12");
            String onTimeUnhappy = file("Đèn tắt ở ngõ 14");
            String late = file("Đèn tắt ở ngõ 16");
            String untouched = file("Đèn tắt ở ngõ 18");
            codes = List.of(onTimeHappy, onTimeUnhappy, late, untouched);
            for (String code : List.of(onTimeHappy, onTimeUnhappy, late)) {
                StaffPagesTesting.run(accounts, OFFICER, () -> reports.acknowledge(code, null));
            }
            clock.travelTo(ZonedDateTime.of(2023, 8, 8, 10, 0, 0, 0, CivicTime.ZONE));
            answer(onTimeHappy);
            answer(onTimeUnhappy);
            StaffPagesTesting.run(accounts, CITIZEN, () -> reports.rate(onTimeHappy, 5, "Cảm ơn phường"));
            StaffPagesTesting.run(accounts, CITIZEN, () -> reports.rate(onTimeUnhappy, 1, "Sửa chưa kỹ"));
            clock.travelTo(ZonedDateTime.of(2023, 8, 29, 10, 0, 0, 0, CivicTime.ZONE)); // 15 working days later
            answer(late);
        } finally {
            clock.reset();
        }
    }

    private String file(String description) {
        return StaffPagesTesting.streetLight(reports, accounts, org, description + " (thống kê tháng 8/2023)");
    }

    private void answer(String code) {
        StaffPagesTesting.run(
                accounts,
                OFFICER,
                () -> reports.answer(
                        code,
                        new AnswerCommand(
                                "Đã thay bóng đèn.",
                                List.of(new PhotoUpload("da-sua.png", "image/png", png(Color.ORANGE))))));
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", "vi").with(StaffPagesTesting.as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static String cell(Document page, String table, String key, String column) {
        return page.select("table#" + table + " tr[data-key=" + key + "] td[data-column=" + column + "]")
                .text();
    }

    @Test
    void theWardLeaderSeesTheFiguresOfTheMonth() throws Exception {
        Document page = page(LEADER, "/work/feedback/dashboard?" + PERIOD);
        assertThat(cell(page, "by-agency", hoanKiem, "RECEIVED")).isEqualTo("4");
        assertThat(cell(page, "by-agency", hoanKiem, "ANSWERED")).isEqualTo("3");
        assertThat(cell(page, "by-agency", hoanKiem, "ANSWERED_ON_TIME")).isEqualTo("2");
        assertThat(cell(page, "by-agency", hoanKiem, "OVERDUE")).isEqualTo("1");
        assertThat(cell(page, "by-agency", hoanKiem, "RATED")).isEqualTo("2");
        assertThat(cell(page, "by-agency", hoanKiem, "UNSATISFIED")).isEqualTo("1");
        assertThat(cell(page, "by-agency", hoanKiem, "ON_TIME_RATE")).isEqualTo("50,0%");
        assertThat(cell(page, "by-agency", hoanKiem, "SATISFACTION_RATE")).isEqualTo("25,0%");
        assertThat(cell(page, "by-category", "street-lighting", "RECEIVED")).isEqualTo("4");
        assertThat(page.select("#summary-on-time").text()).isEqualTo("50,0%");
        // rated answers are closed; the late one is answered (or closed once its reopening window passed)
        assertThat(Integer.parseInt(page.select("#by-status tr[data-status=CLOSED] td")
                                .text())
                        + Integer.parseInt(page.select("#by-status tr[data-status=ANSWERED] td")
                                .text()))
                .isEqualTo(3);

        // every report of the month is on the map and in its table, the overdue one marked in words
        for (String code : codes) {
            assertThat(page.select("#map-svg a[data-code=" + code + "]")).hasSize(1);
            assertThat(page.select("#map-table tr[data-code=" + code + "]")).hasSize(1);
        }
        assertThat(page.select("#map-table tr[data-code=" + codes.get(3) + "]").text())
                .contains("Quá hạn");
        assertThat(page.select("#map-table tr[data-code=" + codes.get(3) + "]").attr("data-lat"))
                .startsWith("21.028");
    }

    @Test
    void theExportsCarryTheSameFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/work/feedback/dashboard.xlsx?" + PERIOD)
                        .param("lang", "vi")
                        .with(StaffPagesTesting.as(accounts, LEADER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("Số liệu").orElseThrow().read();
            Row heading = rows.get(DashboardExports.HEADING_ROW);
            Row ward = rows.stream()
                    .filter(r -> hoanKiem.equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(ward.getCellText(0)).isEqualTo("Đơn vị");
            assertThat(number(heading, ward, "Tiếp nhận")).isEqualByComparingTo("4");
            assertThat(number(heading, ward, "Trả lời đúng hạn")).isEqualByComparingTo("2");
            assertThat(number(heading, ward, "Quá hạn")).isEqualByComparingTo("1");
            assertThat(number(heading, ward, "Tỷ lệ đúng hạn")).isEqualByComparingTo("0.5");
            assertThat(number(heading, ward, "Tỷ lệ hài lòng")).isEqualByComparingTo("0.25");
            List<Row> listed =
                    workbook.findSheet("Danh sách phản ánh").orElseThrow().read();
            assertThat(listed.stream().map(r -> r.getCellText(0)).toList()).containsAll(codes);
        }

        String csv = mvc.perform(get("/work/feedback/dashboard.csv?" + PERIOD)
                        .param("lang", "vi")
                        .with(StaffPagesTesting.as(accounts, LEADER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNhóm,Mã,Tên,Tiếp nhận");
        String wardLine = csv.lines()
                .filter(l -> l.startsWith("Đơn vị," + hoanKiem + ","))
                .findFirst()
                .orElseThrow();
        assertThat(wardLine).endsWith(",4,1,1,3,2,0.5000,2,1,0.2500");
    }

    @Test
    void theScopeIsTheLeadersAgency() throws Exception {
        // Hải Phòng's ward leader neither sees Hoàn Kiếm nor may choose it
        Document other = page(OTHER_LEADER, "/work/feedback/dashboard?" + PERIOD);
        assertThat(other.select("table#by-agency tr[data-key=" + hoanKiem + "]"))
                .isEmpty();
        assertThat(other.select("#agency option[value=" + hoanKiem + "]")).isEmpty();
        mvc.perform(get("/work/feedback/dashboard?" + PERIOD + "&agency=" + hoanKiem)
                        .with(StaffPagesTesting.as(accounts, OTHER_LEADER)))
                .andExpect(status().isNotFound());
        // the city's administrator sees the ward within the city
        Document city = page(DESK, "/work/feedback/dashboard?" + PERIOD);
        assertThat(cell(city, "by-agency", hoanKiem, "RECEIVED")).isEqualTo("4");
        // an officer has no dashboard
        mvc.perform(get("/work/feedback/dashboard").with(StaffPagesTesting.as(accounts, OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnreadablePeriodIsMarked() throws Exception {
        Document page = page(LEADER, "/work/feedback/dashboard?from=2023-08-31&to=2023-08-01");
        assertThat(page.select("#to-error").text()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(page.select("#by-agency")).isEmpty();
    }

    static BigDecimal number(Row heading, Row row, String column) {
        for (int i = 0; i < heading.getCellCount(); i++) {
            if (column.equals(heading.getCellText(i))) {
                return row.getCellAsNumber(i).orElseThrow();
            }
        }
        throw new AssertionError("No column " + column);
    }
}
