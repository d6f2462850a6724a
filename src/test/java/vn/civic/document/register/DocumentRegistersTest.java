package vn.civic.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The incoming and outgoing registers on the page, in the PDF and in the workbook hold exactly the registered entries
 * of the caller's agency, in number order, with the columns of Decree 30/2020; filters narrow them; confidential
 * entries only for the people named on them; other agencies' entries never.
 */
@CivicTest
class DocumentRegistersTest {

    /** A year no other test writes documents in. */
    static final int YEAR = 2041;

    static final String CLERK = "vanthu.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String OTHER_CLERK = "vanthu.hongbang";

    static boolean seeded;
    static String department;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();
        var departmentView = org.departmentsOf(hoanKiem).getFirst();
        department = departmentView.name();
        // inserted out of number order: the register orders them
        incoming(
                hoanKiem,
                false,
                3L,
                day(3, 10),
                "Sở Xây dựng Hà Nội",
                "07/KH-SXD",
                LocalDate.of(YEAR, 3, 8),
                "KH",
                "trồng cây xanh năm " + YEAR,
                "Phòng Quản lý đô thị",
                null,
                null);
        incoming(
                hoanKiem,
                false,
                1L,
                day(1, 5),
                "Sở Tư pháp Hà Nội",
                "15/QĐ-STP",
                LocalDate.of(YEAR, 1, 3),
                "QD",
                "về việc kiểm tra công tác hộ tịch",
                "Phòng Văn hóa",
                null,
                "Bản chính");
        incoming(
                hoanKiem,
                false,
                2L,
                day(2, 20),
                "UBND thành phố Hà Nội",
                "120/UBND-VP",
                LocalDate.of(YEAR, 2, 18),
                "CV",
                "V/v triển khai chuyển đổi số",
                null,
                departmentView.id(),
                null);
        // received but not registered: no number, not in the register
        incoming(
                hoanKiem,
                false,
                null,
                day(3, 12),
                "Sở Nội vụ Hà Nội",
                "99/SNV-VP",
                LocalDate.of(YEAR, 3, 11),
                "CV",
                "V/v chưa vào sổ",
                null,
                null,
                null);
        incoming(
                hongBang,
                false,
                1L,
                day(1, 7),
                "Sở Tư pháp Hải Phòng",
                "03/QĐ-STP",
                LocalDate.of(YEAR, 1, 6),
                "QD",
                "về việc của phường khác",
                "Phòng Tư pháp",
                null,
                null);
        long named = incoming(
                hoanKiem,
                true,
                1L,
                day(1, 9),
                "Công an thành phố Hà Nội",
                "05/QĐ-CAHN",
                LocalDate.of(YEAR, 1, 8),
                "QD",
                "về việc mật được giao",
                "Chủ tịch",
                null,
                null);
        incoming(
                hoanKiem,
                true,
                2L,
                day(1, 10),
                "Bộ Quốc phòng",
                "11/QĐ-BQP",
                LocalDate.of(YEAR, 1, 9),
                "QD",
                "về việc mật không được giao",
                "Chủ tịch",
                null,
                null);
        jdbc.sql("insert into document_access (document_kind, document_id, account_id, reason, granted_at)"
                        + " values ('INCOMING', ?, ?, 'NAMED', ?)")
                .params(named, account(CLERK).id(), Timestamp.from(day(1, 9).toInstant()))
                .update();

        long decision = outgoing(
                hoanKiem,
                2L,
                "02/UBND-VP",
                LocalDate.of(YEAR, 1, 15),
                "CV",
                "V/v báo cáo tình hình",
                "Phạm Thị B",
                "Văn phòng",
                2,
                null);
        recipient(decision, "UBND thành phố Hà Nội");
        long first = outgoing(
                hoanKiem,
                1L,
                "01/QĐ-UBND",
                LocalDate.of(YEAR, 1, 2),
                "QD",
                "về việc thành lập tổ công tác",
                "Nguyễn Văn A",
                "Văn phòng",
                3,
                "Gửi kèm danh sách");
        recipient(first, "Sở Tư pháp Hà Nội");
        recipient(first, "Công an phường Hoàn Kiếm");
        outgoing(hoanKiem, null, null, null, "TB", "thông báo còn là dự thảo", null, null, null, null);
        recipient(
                outgoing(
                        hongBang,
                        1L,
                        "01/QĐ-UBND",
                        LocalDate.of(YEAR, 1, 3),
                        "QD",
                        "về việc của Hồng Bàng",
                        "Trần Văn C",
                        "Văn phòng",
                        1,
                        null),
                "Sở Tư pháp Hải Phòng");
        seeded = true;
    }

    @Test
    void incomingPageShowsTheAgencysRegisteredEntriesInNumberOrderWithTheDecreeColumns() throws Exception {
        Document page = page(CLERK, "/work/documents/registers?register=incoming&year=" + YEAR);

        assertThat(page.select("table#register-entries thead th").eachText())
                .containsExactly(
                        "Ngày đến",
                        "Số đến",
                        "Tác giả",
                        "Số, ký hiệu",
                        "Ngày tháng",
                        "Tên loại và trích yếu nội dung",
                        "Đơn vị hoặc người nhận",
                        "Ký nhận",
                        "Ghi chú");
        assertThat(rows(page)).containsExactly(incomingLines().toArray(List[]::new));
        assertThat(page.select("#register-pdf").attr("href"))
                .isEqualTo("/work/documents/registers.pdf?register=incoming&year=" + YEAR);
        assertThat(page.select("#register-xlsx").attr("href"))
                .isEqualTo("/work/documents/registers.xlsx?register=incoming&year=" + YEAR);
    }

    @Test
    void outgoingPageShowsIssuedDocumentsOnlyWithSignerRecipientsAndCopies() throws Exception {
        Document page = page(LEADER, "/work/documents/registers?register=outgoing&year=" + YEAR);

        assertThat(page.select("table#register-entries thead th").eachText())
                .containsExactly(
                        "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung",
                        "Người ký",
                        "Nơi nhận văn bản",
                        "Đơn vị, người nhận bản lưu",
                        "Số lượng bản",
                        "Ký nhận",
                        "Ghi chú");
        assertThat(rows(page)).containsExactly(outgoingLines().toArray(List[]::new));
    }

    @Test
    void printedRegisterHoldsTheSameEntriesInOrderOnLandscapePages() throws Exception {
        byte[] bytes = mvc.perform(as(
                        CLERK,
                        get("/work/documents/registers.pdf")
                                .param("register", "incoming")
                                .param("year", String.valueOf(YEAR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")
                    .contains("Năm " + YEAR)
                    .contains(org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                            .orElseThrow()
                            .name()
                            .toUpperCase(java.util.Locale.ROOT))
                    .contains("Ngày đến")
                    .contains("Ký nhận")
                    .doesNotContain("Sở Tư pháp Hải Phòng")
                    .doesNotContain("chưa vào sổ")
                    .doesNotContain("mật");
            // a cell's text may wrap inside its column: compare without spaces, a line's cells one after another
            String compact = text.replace(" ", "");
            int previous = -1;
            for (List<String> line : incomingLines()) {
                String cells = String.join("", line).replace(" ", "");
                int at = compact.indexOf(cells);
                assertThat(at).as("%s after the previous line", cells).isGreaterThan(previous);
                previous = at;
            }
        }
    }

    @Test
    void workbookHoldsTheSameEntriesWithATitleRowAndDatesAsDates() throws Exception {
        List<Row> rows = workbook(CLERK, "incoming", "");
        assertThat(rows.get(0).getCellText(0))
                .contains("Sổ đăng ký văn bản đến")
                .contains("Hoàn Kiếm");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("Năm " + YEAR);
        // read() leaves out the empty row between the year and the headings
        Row heading = rows.get(2);
        assertThat(heading.getRowNum()).isEqualTo(RegisterExports.HEADING_ROW + 1);
        assertThat(heading.getCellText(0)).isEqualTo("Ngày đến");
        assertThat(heading.getCellText(8)).isEqualTo("Ghi chú");
        List<Row> entries = rows.subList(3, rows.size());
        List<List<String>> expected = incomingLines();
        assertThat(entries).hasSize(expected.size());
        for (int i = 0; i < entries.size(); i++) {
            Row row = entries.get(i);
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsDate(0).orElseThrow().toLocalDate())
                    .isEqualTo(LocalDate.parse(expected.get(i).get(0), CivicTime.DATE));
            assertThat(row.getCellAsDate(4).map(LocalDateTime::toLocalDate).orElseThrow())
                    .isEqualTo(LocalDate.parse(expected.get(i).get(4), CivicTime.DATE));
            for (int c : new int[] {1, 2, 3, 5, 6, 8}) {
                assertThat(text(row, c))
                        .as("row %d column %d", i, c)
                        .isEqualTo(expected.get(i).get(c));
            }
        }

        List<Row> outgoing = workbook(LEADER, "outgoing", "");
        List<Row> outgoingEntries = outgoing.subList(3, outgoing.size());
        assertThat(outgoingEntries).extracting(r -> r.getCellText(0)).containsExactly("01/QĐ-UBND", "02/UBND-VP");
        assertThat(outgoingEntries.getFirst().getCell(6).asNumber()).isEqualByComparingTo("3");
        assertThat(outgoingEntries.getFirst().getCellText(4)).isEqualTo("Sở Tư pháp Hà Nội; Công an phường Hoàn Kiếm");
    }

    @Test
    void filtersNarrowThePageAndTheExportsAlike() throws Exception {
        String base = "/work/documents/registers?register=incoming&year=" + YEAR;
        assertThat(numbers(page(CLERK, base + "&numberFrom=2&numberTo=3"))).containsExactly("02", "03");
        assertThat(numbers(page(CLERK, base + "&from=" + YEAR + "-02-01&to=" + YEAR + "-02-28")))
                .containsExactly("02");
        assertThat(numbers(page(CLERK, base + "&type=QD"))).containsExactly("01");
        assertThat(numbers(page(CLERK, base + "&party=tư pháp"))).containsExactly("01");
        assertThat(numbers(page(CLERK, base + "&summary=chuyển đổi"))).containsExactly("02");
        assertThat(page(CLERK, base + "&summary=không có").select("#register-empty"))
                .hasSize(1);
        assertThat(numbers(page(LEADER, "/work/documents/registers?register=outgoing&year=" + YEAR + "&party=công an")))
                .containsExactly("01/QĐ-UBND");

        Document filtered = page(CLERK, base + "&numberFrom=2");
        assertThat(filtered.select("#register-xlsx").attr("href")).contains("numberFrom=2");
        List<Row> rows = workbook(CLERK, "incoming", "&numberFrom=2");
        assertThat(rows.subList(3, rows.size()))
                .extracting(r -> r.getCellText(1))
                .containsExactly("02", "03");
    }

    @Test
    void aFilterThatCannotBeReadIsMarkedOnItsField() throws Exception {
        Document page = page(CLERK, "/work/documents/registers?register=incoming&year=" + YEAR + "&from=hôm-qua");
        Element from = page.selectFirst("input#from");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from-error").text()).isNotBlank();
        assertThat(page.select("table#register-entries")).isEmpty();

        Document type = page(CLERK, "/work/documents/registers?register=incoming&year=" + YEAR + "&type=XYZ");
        assertThat(type.selectFirst("select#type").attr("aria-invalid")).isEqualTo("true");
        assertThat(type.select("#type-error").text()).isEqualTo("Giá trị không hợp lệ.");
    }

    @Test
    void confidentialRegisterListsOnlyTheDocumentsTheCallerIsNamedOn() throws Exception {
        String url = "/work/documents/registers?register=incoming&confidential=true&year=" + YEAR;
        Document clerk = page(CLERK, url);
        assertThat(rows(clerk)).hasSize(1);
        assertThat(rows(clerk).getFirst()).contains("05/QĐ-CAHN", "Quyết định về việc mật được giao");
        assertThat(clerk.text()).doesNotContain("11/QĐ-BQP");
        assertThat(page(LEADER, url).select("table#register-entries")).isEmpty();
        assertThat(page(CLERK, "/work/documents/registers?register=incoming&year=" + YEAR)
                        .text())
                .doesNotContain("05/QĐ-CAHN");
    }

    @Test
    void anotherAgencysEntriesNeverAppear() throws Exception {
        Document other = page(OTHER_CLERK, "/work/documents/registers?register=incoming&year=" + YEAR);
        assertThat(rows(other)).hasSize(1);
        assertThat(rows(other).getFirst()).contains("Sở Tư pháp Hải Phòng");
        assertThat(page(CLERK, "/work/documents/registers?register=outgoing&year=" + YEAR)
                        .text())
                .doesNotContain("Hồng Bàng");
    }

    @Test
    void anOfficerWithoutRegisterOrAssignPrivilegeIsRefused() throws Exception {
        for (String path : List.of(
                "/work/documents/registers", "/work/documents/registers.pdf", "/work/documents/registers.xlsx")) {
            mvc.perform(as(OFFICER, get(path))).andExpect(status().isForbidden());
        }
        mvc.perform(as(CLERK, get("/work/documents/registers"))).andExpect(status().isOk());
    }

    // ---- expected lines

    List<List<String>> incomingLines() {
        return List.of(
                List.of(
                        "05/01/" + YEAR,
                        "01",
                        "Sở Tư pháp Hà Nội",
                        "15/QĐ-STP",
                        "03/01/" + YEAR,
                        "Quyết định về việc kiểm tra công tác hộ tịch",
                        "Phòng Văn hóa",
                        "",
                        "Bản chính"),
                List.of(
                        "20/02/" + YEAR,
                        "02",
                        "UBND thành phố Hà Nội",
                        "120/UBND-VP",
                        "18/02/" + YEAR,
                        "Công văn V/v triển khai chuyển đổi số",
                        department,
                        "",
                        ""),
                List.of(
                        "10/03/" + YEAR,
                        "03",
                        "Sở Xây dựng Hà Nội",
                        "07/KH-SXD",
                        "08/03/" + YEAR,
                        "Kế hoạch trồng cây xanh năm " + YEAR,
                        "Phòng Quản lý đô thị",
                        "",
                        ""));
    }

    List<List<String>> outgoingLines() {
        return List.of(
                List.of(
                        "01/QĐ-UBND",
                        "02/01/" + YEAR,
                        "Quyết định về việc thành lập tổ công tác",
                        "Nguyễn Văn A",
                        "Sở Tư pháp Hà Nội; Công an phường Hoàn Kiếm",
                        "Văn phòng",
                        "3",
                        "",
                        "Gửi kèm danh sách"),
                List.of(
                        "02/UBND-VP",
                        "15/01/" + YEAR,
                        "Công văn V/v báo cáo tình hình",
                        "Phạm Thị B",
                        "UBND thành phố Hà Nội",
                        "Văn phòng",
                        "2",
                        "",
                        ""));
    }

    // ---- helpers

    static List<List<String>> rows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : page.select("table#register-entries tbody tr")) {
            rows.add(tr.select("td").stream().map(Element::text).toList());
        }
        return rows;
    }

    static List<String> numbers(Document page) {
        return rows(page).stream()
                .map(r -> r.size() > 7 && r.get(1).matches("\\d+") ? r.get(1) : r.getFirst())
                .toList();
    }

    static String text(Row row, int column) {
        return column < row.getCellCount() && row.getCell(column) != null ? row.getCellText(column) : "";
    }

    List<Row> workbook(String username, String register, String query) throws Exception {
        byte[] xlsx = mvc.perform(as(
                        username, get("/work/documents/registers.xlsx?register=" + register + "&year=" + YEAR + query)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        AccountView account = account(username);
        return request.with(TestActors.as(
                new TestActors.TestActor(account.actorId(), account.fullName(), account.agencyId(), null),
                account.privileges().toArray(vn.civic.platform.security.Privilege[]::new)));
    }

    AccountView account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    static ZonedDateTime day(int month, int day) {
        return LocalDate.of(YEAR, month, day).atTime(9, 30).atZone(CivicTime.ZONE);
    }

    long incoming(
            long agency,
            boolean confidential,
            Long number,
            ZonedDateTime received,
            String author,
            String numberSymbol,
            LocalDate date,
            String type,
            String summary,
            String recipient,
            Long department,
            String notes) {
        return jdbc.sql("""
                        insert into incoming_document (agency_id, status, source, confidential, urgency, register_year,
                            incoming_number, received_at, author, number_symbol, document_date, type_code, summary,
                            recipient, recipient_department_id, notes, registered_at, registered_by, created_at,
                            created_by, version)
                        values (?, ?, 'UPLOAD', ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 0)
                        returning id""")
                .params(
                        agency,
                        number == null ? "RECEIVED" : "REGISTERED",
                        confidential,
                        number == null ? null : YEAR,
                        number,
                        Timestamp.from(received.toInstant()),
                        author,
                        numberSymbol,
                        date,
                        type,
                        summary,
                        recipient,
                        department,
                        notes,
                        number == null ? null : Timestamp.from(received.toInstant()),
                        number == null ? null : "test",
                        Timestamp.from(received.toInstant()))
                .query(Long.class)
                .single();
    }

    long outgoing(
            long agency,
            Long number,
            String numberSymbol,
            LocalDate issued,
            String type,
            String summary,
            String signer,
            String keeper,
            Integer copies,
            String notes) {
        Timestamp created = Timestamp.from(day(1, 2).toInstant());
        return jdbc.sql("""
                        insert into outgoing_document (agency_id, status, confidential, urgency, steering_type,
                            type_code, summary, drafted_by_account_id, signer_name, register_year, outgoing_number,
                            number_symbol, issued_date, file_copy_keeper, copies, notes, issued_at, created_at,
                            created_by, version)
                        values (?, ?, false, 0, 1, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 0)
                        returning id""")
                .params(
                        agency,
                        number == null ? "DRAFT" : "ISSUED",
                        type,
                        summary,
                        signer,
                        number == null ? null : YEAR,
                        number,
                        numberSymbol,
                        issued,
                        keeper,
                        copies,
                        notes,
                        number == null ? null : created,
                        created)
                .query(Long.class)
                .single();
    }

    void recipient(long document, String name) {
        jdbc.sql("insert into outgoing_recipient (document_id, name, channel) values (?, ?, 'EDXML')")
                .params(document, name)
                .update();
    }
}
