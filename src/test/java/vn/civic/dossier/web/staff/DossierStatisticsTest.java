package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.dossier.DossierFigures;
import vn.civic.dossier.DossierStatistics;
import vn.civic.dossier.DossierStatistics.Report;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.StatisticsPeriod;
import vn.civic.dossier.Timeliness;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The statistics of a seeded month, March 2026, against figures counted by hand: fourteen dossiers of one procedure
 * (its own code) at two wards, inserted as the dossier module stores them, with every fact that decides a figure
 * written beside it. The page, the Excel workbook and the CSV file show the same figures; each reader sees only their
 * scope.
 */
@CivicTest
class DossierStatisticsTest {

    static final String HOAN_KIEM = "000.01.31.H26";
    static final String CUA_NAM = "000.02.31.H26";
    static final StatisticsPeriod MARCH = StatisticsPeriod.month(YearMonth.of(2026, 3));
    static final String PROCEDURE = "ST." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DossierStatistics statistics;

    @Autowired
    MockMvc mvc;

    static boolean seeded;
    static long hoanKiem;
    static long cuaNam;
    static int sequence;

    /*
     * The month, hand-counted (times in Vietnam; "due" the appointment; processing = finished - accepted):
     *
     * Hoàn Kiếm
     *  1 ONLINE    filed 02/03 09:00, accepted 02/03 10:00, due 09/03 10:00, finished 05/03 15:00 EARLY (3d05h),
     *              fee 50,000 paid online, e-result, rated 5
     *  2 ONLINE    filed 03/03 08:00, accepted 03/03 09:00, due 10/03 09:00, finished 10/03 08:30 ON TIME (6d23h30),
     *              no fee, e-result, rated 3
     *  3 IN_PERSON filed = accepted 04/03 14:00, due 11/03 14:00, finished 12/03 09:00 LATE (7d19h), fee 30,000 paid
     *              at the counter, two files: digitised, rated 4
     *  4 IN_PERSON filed = accepted 16/03 10:00, due 23/03 10:00, processing at the month's end: OVERDUE; a file and a
     *              paper copy: not digitised; fee 20,000 unpaid
     *  5 POST      filed = accepted 25/03 09:00, due 01/04 09:00, processing: IN TIME; one file: digitised
     *  6 ONLINE    filed 20/03 10:00, accepted 11:00, due 27/03 11:00, supplement asked 24/03 and not given: waiting
     *              for the applicant, IN TIME although its due date passed
     *  7 ONLINE    filed 28/02 16:00 (February), accepted 02/03 08:00, due 09/03 08:00, finished 09/03 17:00 LATE
     *              (7d09h); finished in March but not received in it
     *  8 ONLINE    filed 10/03 09:00, refused 10/03 10:00: received, never in progress
     *  9 IN_PERSON filed = accepted 31/03 16:00, due 07/04 16:00, finished 02/04 (April): received, IN TIME at the
     *              end; no component: not digitised; fee 10,000 paid online
     * 10 ONLINE    filed 01/04 08:00 (April): counts nowhere
     * Cửa Nam
     * 11 ONLINE    filed 05/03 09:00, accepted 09:30, due 12/03 09:30, finished 11/03 16:00 EARLY (6d06h30), fee
     *              100,000 paid online, e-result
     * 12 POST      filed = accepted 06/03 10:00, due 13/03 10:00, finished 13/03 10:00 exactly: ON TIME (7d); a paper
     *              copy only: not digitised; rated 2
     * 13 ONLINE    filed 15/02, accepted 16/02, due 23/02, still processing: OVERDUE at March's end, not received in it
     * 14 ONLINE    filed 14/03 10:00, withdrawn 20/03: received, never in progress
     *
     * Hoàn Kiếm: received 4 online (1 2 6 8), 3 at the counter (3 4 9), 1 by post (5) = 8; with a fee 4 (1 3 4 9),
     *   paid online 2 (1 9); on paper 4 (3 4 5 9), digitised 2 (3 5); finished 4: early 1 (1), on time 1 (2),
     *   late 2 (3 7); processing 277,200 + 603,000 + 673,200 + 637,200 = 2,190,600 s; e-results 2 (1 2);
     *   ratings 3 (5 3 4) summing 12, satisfied (4 or 5) 2; in progress at the end 4: in time 3 (5 6 9), overdue 1 (4).
     * Cửa Nam: received 2 online (11 14), 1 by post (12) = 3; with a fee 1, paid online 1; on paper 1, digitised 0;
     *   finished 2: early 1 (11), on time 1 (12); processing 541,800 + 604,800 = 1,146,600 s; e-results 1; ratings 1
     *   (2) summing 2, satisfied 0; in progress 1: overdue 1 (13).
     * Together: received 11 (6 online, 3 counter, 2 post); fee 5, paid online 3; on paper 5, digitised 2; finished 6
     *   (2 early, 2 on time, 2 late); 3,337,200 s / 6 = 556,200 s = 6.4375 days; e-results 3; ratings 4 summing 14,
     *   satisfied 2; in progress 4 in time 3, overdue 2.
     */
    static final DossierFigures HOAN_KIEM_FIGURES =
            new DossierFigures(4, 3, 1, 4, 2, 2, 1, 1, 2, 2_190_600, 2, 3, 12, 2, 3, 1);

    static final DossierFigures CUA_NAM_FIGURES =
            new DossierFigures(2, 0, 1, 1, 1, 0, 1, 1, 0, 1_146_600, 1, 1, 2, 0, 0, 1);

    static final DossierFigures TOTAL = new DossierFigures(6, 3, 2, 5, 3, 2, 2, 2, 2, 3_337_200, 3, 4, 14, 2, 3, 2);

    @BeforeAll
    static void reset() {
        seeded = false;
    }

    void seed() {
        if (seeded) {
            return;
        }
        hoanKiem = org.findAgencyByCode(HOAN_KIEM).orElseThrow().id();
        cuaNam = org.findAgencyByCode(CUA_NAM).orElseThrow().id();
        long d1 = dossier(
                hoanKiem,
                "ONLINE",
                10,
                at(2, 9, 0),
                at(2, 10, 0),
                at(9, 10, 0),
                at(5, 15, 0),
                null,
                50_000,
                true,
                true,
                5);
        long d2 = dossier(
                hoanKiem, "ONLINE", 10, at(3, 8, 0), at(3, 9, 0), at(10, 9, 0), at(10, 8, 30), null, 0, false, true, 3);
        long d3 = dossier(
                hoanKiem,
                "IN_PERSON",
                10,
                at(4, 14, 0),
                at(4, 14, 0),
                at(11, 14, 0),
                at(12, 9, 0),
                null,
                30_000,
                false,
                false,
                4);
        attachment(d3, false);
        attachment(d3, false);
        long d4 = dossier(
                hoanKiem,
                "IN_PERSON",
                4,
                at(16, 10, 0),
                at(16, 10, 0),
                at(23, 10, 0),
                null,
                null,
                20_000,
                false,
                false,
                null);
        attachment(d4, false);
        attachment(d4, true);
        long d5 = dossier(
                hoanKiem, "POST", 4, at(25, 9, 0), at(25, 9, 0), april(1, 9), null, null, 0, false, false, null);
        attachment(d5, false);
        long d6 = dossier(
                hoanKiem, "ONLINE", 5, at(20, 10, 0), at(20, 11, 0), at(27, 11, 0), null, null, 0, false, false, null);
        jdbc.update(
                "insert into dossier_supplement (dossier_id, round, step_order, reason, documents, requested_at,"
                        + " requested_by) values (?, 1, 2, 'Bổ sung giấy chứng sinh', 'GT', ?, 'Chuyên viên')",
                d6,
                utc(at(24, 9, 0)));
        dossier(
                hoanKiem,
                "ONLINE",
                10,
                february(28, 16),
                at(2, 8, 0),
                at(9, 8, 0),
                at(9, 17, 0),
                null,
                0,
                false,
                false,
                null);
        dossier(hoanKiem, "ONLINE", 3, at(10, 9, 0), null, at(17, 9, 0), null, at(10, 10, 0), 0, false, false, null);
        dossier(
                hoanKiem,
                "IN_PERSON",
                10,
                at(31, 16, 0),
                at(31, 16, 0),
                april(7, 16),
                april(2, 10),
                null,
                10_000,
                true,
                false,
                null);
        dossier(hoanKiem, "ONLINE", 1, april(1, 8), null, april(8, 8), null, null, 0, false, false, null);
        dossier(
                cuaNam,
                "ONLINE",
                10,
                at(5, 9, 0),
                at(5, 9, 30),
                at(12, 9, 30),
                at(11, 16, 0),
                null,
                100_000,
                true,
                true,
                null);
        long d12 = dossier(
                cuaNam, "POST", 10, at(6, 10, 0), at(6, 10, 0), at(13, 10, 0), at(13, 10, 0), null, 0, false, false, 2);
        attachment(d12, true);
        dossier(
                cuaNam,
                "ONLINE",
                4,
                february(15, 9),
                february(16, 9),
                february(23, 9),
                null,
                null,
                0,
                false,
                false,
                null);
        dossier(cuaNam, "ONLINE", 7, at(14, 10, 0), null, at(21, 10, 0), null, at(20, 10, 0), 0, false, false, null);
        assertThat(d1).isPositive();
        assertThat(d2).isPositive();
        seeded = true;
    }

    @Test
    void cityAdministratorSeesBothWardsCountedByHand() {
        seed();
        Report report = as("quantri.hanoi", () -> statistics.report(march(null)));
        assertThat(report.byAgency())
                .extracting(DossierStatistics.Line::key, DossierStatistics.Line::figures)
                .containsExactlyInAnyOrder(tuple(HOAN_KIEM, HOAN_KIEM_FIGURES), tuple(CUA_NAM, CUA_NAM_FIGURES));
        assertThat(report.byProcedure()).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo(PROCEDURE);
            assertThat(line.figures()).isEqualTo(TOTAL);
        });
        DossierFigures total = report.total();
        assertThat(total).isEqualTo(TOTAL);
        assertThat(total.received()).isEqualTo(11);
        assertThat(total.finished()).isEqualTo(6);
        assertThat(total.inProgress()).isEqualTo(5);
        assertThat(total.averageProcessingDays()).isEqualTo(6.4375);
        assertThat(total.onlineShare()).isEqualTo(6 / 11.0);
        assertThat(total.paidOnlineShare()).isEqualTo(0.6);
        assertThat(total.digitisedShare()).isEqualTo(0.4);
        assertThat(total.eResultShare()).isEqualTo(0.5);
        assertThat(total.satisfactionShare()).isEqualTo(0.5);
        assertThat(total.averageRating()).isEqualTo(3.5);
        assertThat(total.timelyShare()).isEqualTo(4 / 6.0);
    }

    @Test
    void wardLeaderSeesOnlyTheWardAndNotTheOther() {
        seed();
        Report report = as("lanhdao.hoankiem", () -> statistics.report(march(null)));
        assertThat(report.byAgency()).extracting(DossierStatistics.Line::key).containsExactly(HOAN_KIEM);
        assertThat(report.total()).isEqualTo(HOAN_KIEM_FIGURES);
        assertThatThrownBy(() -> as(
                        "lanhdao.hoankiem",
                        () -> statistics.report(new DossierStatistics.Query(MARCH, cuaNam, PROCEDURE))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void cityAdministratorNarrowsToOneWard() {
        seed();
        Report report =
                as("quantri.hanoi", () -> statistics.report(new DossierStatistics.Query(MARCH, cuaNam, PROCEDURE)));
        assertThat(report.total()).isEqualTo(CUA_NAM_FIGURES);
    }

    @Test
    void aQuarterAndAYearCountTheSameMonthAndTheEndOfTheQuarter() {
        seed();
        Report quarter = as(
                "quantri.hanoi",
                () -> statistics.report(
                        new DossierStatistics.Query(StatisticsPeriod.quarter(2026, 1), null, PROCEDURE)));
        // January to March: dossier 13 (filed 15/02) is received too; 7 (28/02) as well
        assertThat(quarter.total().receivedOnline()).isEqualTo(8);
        assertThat(quarter.total().inProgressOverdue()).isEqualTo(2);
        Report range = as(
                "quantri.hanoi",
                () -> statistics.report(new DossierStatistics.Query(
                        StatisticsPeriod.range(MARCH.from(), MARCH.to()), null, PROCEDURE)));
        assertThat(range.total()).isEqualTo(TOTAL);
    }

    @Test
    void sqlTimelinessIsTheDossiersTimeliness() {
        seed();
        // the fixtures' finished dossiers, read back: what SQL counted is what Timeliness.of says of each row
        Map<Timeliness, Long> byJava = jdbc
                .query(
                        "select finished_at, due_at from dossier where procedure_code = ? and finished_at is not null"
                                + " and finished_at < ?",
                        (rs, i) -> Timeliness.of(
                                rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant()),
                        PROCEDURE,
                        utc(april(1, 0)))
                .stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(byJava)
                .containsEntry(Timeliness.EARLY, TOTAL.finishedEarly())
                .containsEntry(Timeliness.ON_TIME, TOTAL.finishedOnTime())
                .containsEntry(Timeliness.LATE, TOTAL.finishedLate());
    }

    @Test
    void pageShowsTheHandCountedFigures() throws Exception {
        seed();
        Document page = page("quantri.hanoi", "/work/statistics?period=MONTH&month=2026-03&procedure=" + PROCEDURE);
        assertThat(page.select("#statistics-period").text()).isEqualTo("Tháng 3/2026");
        assertThat(cell(page, "by-agency", HOAN_KIEM, "RECEIVED")).isEqualTo("8");
        assertThat(cell(page, "by-agency", HOAN_KIEM, "FINISHED_LATE")).isEqualTo("2");
        assertThat(cell(page, "by-agency", CUA_NAM, "IN_PROGRESS_OVERDUE")).isEqualTo("1");
        assertThat(cell(page, "by-agency", "total", "RECEIVED")).isEqualTo("11");
        assertThat(cell(page, "by-agency", "total", "AVERAGE_DAYS")).isEqualTo("6,4");
        assertThat(cell(page, "by-agency", "total", "PAID_ONLINE_SHARE")).isEqualTo("60,0%");
        assertThat(cell(page, "by-procedure", PROCEDURE, "DIGITISED_SHARE")).isEqualTo("40,0%");
        assertThat(page.select("svg#chart-timeliness[role=img] rect.bar-LATE")).isNotEmpty();
        assertThat(page.select("svg#chart-indicators desc").text()).isNotBlank();
        assertThat(page.select("#export-xlsx").attr("href"))
                .contains("/work/statistics.xlsx?")
                .contains(PROCEDURE);
    }

    @Test
    void excelExportOpensWithTheSameFigures() throws Exception {
        seed();
        byte[] xlsx = mvc.perform(as(
                        "quantri.hanoi",
                        get("/work/statistics.xlsx")
                                .param("period", "MONTH")
                                .param("month", "2026-03")
                                .param("procedure", PROCEDURE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("Theo cơ quan").orElseThrow().read();
            Row heading = rows.get(StatisticsExports.HEADING_ROW);
            assertThat(heading.getCellText(0)).isEqualTo("Mã");
            Row hoanKiemRow = row(rows, HOAN_KIEM);
            Row total = rows.getLast();
            assertThat(total.getCellText(1)).isEqualTo("Tổng cộng");
            assertThat(number(heading, hoanKiemRow, "Tổng số")).isEqualByComparingTo("8"); // the first "Tổng số"
            assertThat(number(heading, hoanKiemRow, "Trễ hạn")).isEqualByComparingTo("2");
            assertThat(number(heading, total, "Trực tuyến")).isEqualByComparingTo("6");
            assertThat(number(heading, total, "Trực tiếp")).isEqualByComparingTo("3");
            assertThat(number(heading, total, "Bưu chính")).isEqualByComparingTo("2");
            assertThat(number(heading, total, "Trước hạn")).isEqualByComparingTo("2");
            assertThat(number(heading, total, "Quá hạn")).isEqualByComparingTo("2");
            assertThat(number(heading, total, "Thời gian giải quyết trung bình (ngày)"))
                    .isEqualByComparingTo("6.4375");
            assertThat(number(heading, total, "Tỷ lệ thanh toán trực tuyến")).isEqualByComparingTo("0.6");
            assertThat(number(heading, total, "Tỷ lệ số hóa")).isEqualByComparingTo("0.4");
            assertThat(number(heading, total, "Kết quả điện tử")).isEqualByComparingTo("3");
            assertThat(number(heading, total, "Tỷ lệ hài lòng")).isEqualByComparingTo("0.5");
            List<Row> procedures =
                    workbook.findSheet("Theo thủ tục").orElseThrow().read();
            assertThat(number(heading, row(procedures, PROCEDURE), "Lượt đánh giá"))
                    .isEqualByComparingTo("4");
        }
    }

    @Test
    void csvExportHasAByteOrderMarkAndTheSameFigures() throws Exception {
        seed();
        byte[] csv = mvc.perform(as(
                        "quantri.hanoi",
                        get("/work/statistics.csv")
                                .param("period", "MONTH")
                                .param("month", "2026-03")
                                .param("procedure", PROCEDURE)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
        CSVRecord cuaNamLine = records.stream()
                .filter(r -> r.get("Mã").equals(CUA_NAM))
                .findFirst()
                .orElseThrow();
        assertThat(cuaNamLine.get("Tên")).isEqualTo("Ủy ban nhân dân Phường Cửa Nam");
        assertThat(cuaNamLine.get("Bưu chính")).isEqualTo("1");
        CSVRecord total = records.getLast();
        assertThat(total.get("Tên")).isEqualTo("Tổng cộng");
        assertThat(total.get("Tỷ lệ nộp trực tuyến")).isEqualTo("0.5455"); // 6 / 11
        assertThat(total.get("Thanh toán trực tuyến")).isEqualTo("3");
        assertThat(total.get("Số hóa")).isEqualTo("2");
    }

    @Test
    void officersAndCitizensMayNotReadTheStatistics() throws Exception {
        mvc.perform(as("chuyenvien.hoankiem", get("/work/statistics"))).andExpect(status().isForbidden());
        mvc.perform(as("001085012345", get("/work/statistics.csv"))).andExpect(status().isForbidden());
        mvc.perform(as("lanhdao.hoankiem", get("/work/statistics"))).andExpect(status().isOk());
    }

    @Test
    void anotherWardsFiguresAreNotFound() throws Exception {
        seed();
        mvc.perform(as("lanhdao.hoankiem", get("/work/statistics.xlsx").param("agency", String.valueOf(cuaNam))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMonthThatCannotBeReadIsMarked() throws Exception {
        Document page = page("lanhdao.hoankiem", "/work/statistics?period=MONTH&month=2026-13");
        assertThat(page.select("#month").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#month-error").text()).isNotBlank();
        Document range = page("lanhdao.hoankiem", "/work/statistics?period=RANGE&from=2026-03-10&to=2026-03-01");
        assertThat(range.select("#to-error").text()).contains("Ngày kết thúc");
        assertThat(range.select("#by-agency")).isEmpty();
    }

    // ---- fixtures

    long dossier(
            long agencyId,
            String channel,
            int status,
            Instant submitted,
            Instant accepted,
            Instant due,
            Instant finished,
            Instant closed,
            long fee,
            boolean paidOnline,
            boolean eResult,
            Integer rating) {
        String code = PROCEDURE + "-" + (++sequence);
        jdbc.update(
                """
                insert into dossier (code, procedure_id, procedure_version_id, procedure_code, procedure_name,
                    applicant_kind, applicant_name, applicant_search, applicant_id_number, channel,
                    receiving_agency_id, status, form_data, time_limit_amount, time_limit_unit, submitted_at,
                    accepted_at, due_at, stopped_seconds, finished_at, returned_at, closed_at, rating, submitted_by,
                    version, fee_amount, paid_at, paid_online, e_result_issued_at)
                values (?, 1, 1, ?, 'Thủ tục thống kê thử nghiệm', 'CITIZEN', 'Nguyễn Văn Thống',
                    'nguyen van thong', '001085099999', ?, ?, ?, '{}', 5, 'WORKING_DAYS', ?, ?, ?, 0, ?, ?, ?, ?,
                    'test', 0, ?, ?, ?, ?)""",
                code,
                PROCEDURE,
                channel,
                agencyId,
                status,
                utc(submitted),
                utc(accepted),
                utc(due),
                utc(finished),
                status == 10 ? utc(finished) : null,
                utc(closed),
                rating,
                fee,
                paidOnline ? utc(submitted) : null,
                paidOnline,
                eResult ? utc(finished) : null);
        return jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
    }

    void attachment(long dossierId, boolean paper) {
        jdbc.update(
                "insert into dossier_attachment (dossier_id, purpose, document_code, round, paper, file_name,"
                        + " storage_key, added_at, added_by) values (?, 'SUBMITTED', 'TK', 0, ?, ?, ?, ?, 'test')",
                dossierId,
                paper,
                paper ? null : "to-khai.pdf",
                paper ? null : "test/" + dossierId,
                utc(at(1, 8, 0)));
        // what the filing decides for a dossier received with these components (Dossier.file)
        jdbc.update("""
                update dossier d set digitised = d.channel <> 'ONLINE'
                  and not exists (select 1 from dossier_attachment a where a.dossier_id = d.id and a.paper)
                where d.id = ?""", dossierId);
    }

    static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute)
                .atZone(CivicTime.ZONE)
                .toInstant();
    }

    static Instant february(int day, int hour) {
        return LocalDateTime.of(2026, 2, day, hour, 0).atZone(CivicTime.ZONE).toInstant();
    }

    static Instant april(int day, int hour) {
        return LocalDateTime.of(2026, 4, day, hour, 0).atZone(CivicTime.ZONE).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static DossierStatistics.Query march(Long agencyId) {
        return new DossierStatistics.Query(MARCH, agencyId, PROCEDURE);
    }

    <T> T as(String username, java.util.function.Supplier<T> action) {
        return DossierTesting.as(accounts, username, action);
    }

    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(
            String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.with(
                TestActors.as(DossierTesting.actor(accounts, username), DossierTesting.privileges(accounts, username)));
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static String cell(Document page, String table, String key, String column) {
        return page.select("table#" + table + " tr[data-key=" + key + "] td[data-column=" + column + "]")
                .text();
    }

    static Row row(List<Row> rows, String key) {
        return rows.stream()
                .filter(r -> key.equals(r.getCellText(0)))
                .findFirst()
                .orElseThrow();
    }

    /** The value under the first heading of that name. */
    static BigDecimal number(Row heading, Row row, String column) {
        for (int i = 0; i < heading.getCellCount(); i++) {
            if (column.equals(heading.getCellText(i))) {
                return row.getCellAsNumber(i).orElseThrow();
            }
        }
        throw new AssertionError("No column " + column);
    }
}
