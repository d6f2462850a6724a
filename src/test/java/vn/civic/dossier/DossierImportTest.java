package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.dossier.ImportReport.Outcome;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * Migration of dossiers from another system: JSON and CSV files come in with their codes, statuses, dates and history,
 * raise no filing events, and can be imported twice without change; a file with a bad row is refused whole, each bad
 * row named by its line and reason; only a system administrator (DATA_IMPORT) may import.
 */
@CivicTest
@RecordApplicationEvents
class DossierImportTest {

    static final String ADMIN = "quantri.hanoi";

    @Autowired
    DossierImport imports;

    @Autowired
    Dossiers dossiers;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierProcessing processing;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    static byte[] file(String name, String run) throws IOException {
        String text = new ClassPathResource("dossier-import/" + name).getContentAsString(StandardCharsets.UTF_8);
        return text.replace("{run}", run).getBytes(StandardCharsets.UTF_8);
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    ImportReport importAsAdmin(String name, byte[] content, DossierImport.Format format) {
        return DossierTesting.as(accounts, ADMIN, () -> imports.importFile(name, content, format));
    }

    static Instant vn(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(CivicTime.ZONE).toInstant();
    }

    <T> T read(String code, java.util.function.Function<Dossier, T> reading) {
        return transaction.execute(s -> reading.apply(dossiers.findByCode(code).orElseThrow()));
    }

    @Test
    void aJsonFileComesInWithStatusesDatesAndHistoryAndRaisesNoFilingEvents() throws Exception {
        String run = run();
        byte[] content = file("dossiers.json", run);
        ImportReport report = importAsAdmin("dossiers.json", content, DossierImport.Format.JSON);

        assertThat(report.applied()).as(report.toString()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rows()).extracting(ImportReport.Row::line).containsExactly(2, 25);
        String returned = "000.01.31.H26-250615-R" + run + "1";
        String open = "000.01.31.H26-250620-R" + run + "2";
        read(returned, d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
            assertThat(d.procedureCode()).isEqualTo("1.001193");
            assertThat(d.channel()).isEqualTo(vn.civic.procedure.Channel.IN_PERSON);
            assertThat(d.submittedAt()).isEqualTo(vn(2025, 6, 15, 8, 30));
            assertThat(d.acceptedAt()).isEqualTo(vn(2025, 6, 15, 8, 35));
            assertThat(d.dueAt()).isEqualTo(vn(2025, 6, 16, 17, 0));
            assertThat(d.finishedAt()).isEqualTo(vn(2025, 6, 16, 9, 0));
            assertThat(d.returnedAt()).isEqualTo(vn(2025, 6, 16, 10, 0));
            assertThat(d.timeliness()).contains(Timeliness.ON_TIME);
            assertThat(d.applicantAccountId())
                    .isEqualTo(accounts.findByUsername("001085012345")
                            .orElseThrow()
                            .id());
            assertThat(d.history())
                    .extracting(h -> h.action() + "/" + h.status())
                    .containsExactly("submitted/1", "accepted/2", "approved/9", "returned/10");
            assertThat(d.history().get(2).note()).isEqualTo("Đồng ý");
            assertThat(d.history().get(2).actorName()).isEqualTo("Lê Văn Bình");
            assertThat(d.currentStep()).isEmpty();
            return null;
        });
        read(open, d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(d.currentStep().orElseThrow().order()).isEqualTo(2);
            assertThat(d.history()).hasSize(2);
            return null;
        });
        assertThat(events.stream(DossierSubmitted.class).filter(e -> e.code().contains(run)))
                .isEmpty();
        assertThat(events.stream(DossierStatusChanged.class)
                        .filter(e -> e.code().contains(run)))
                .isEmpty();
        assertThat(events.stream(DossiersImported.class).filter(e -> e.codes().contains(returned)))
                .hasSize(1);

        // an open imported dossier is carried on by the ward's officials
        AgencyView ward = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        long id = read(open, Dossier::id);
        long version = read(open, Dossier::version);
        DossierView forwarded = DossierTesting.as(
                TestActors.staff(ward.id(), ward.code()),
                () -> processing.forward(id, version, "Tiếp tục sau chuyển đổi"),
                Privilege.DOSSIER_PROCESS);
        assertThat(forwarded.currentStep().kind()).isEqualTo(vn.civic.procedure.StepDefinition.StepKind.APPROVE);
    }

    @Test
    void aCsvFileComesInWithItsHistoryAndAnOpenSupplementRequest() throws Exception {
        String run = run();
        ImportReport report = importAsAdmin("dossiers.csv", file("dossiers.csv", run), DossierImport.Format.CSV);

        assertThat(report.applied()).as(report.toString()).isTrue();
        assertThat(report.rows()).extracting(ImportReport.Row::line).containsExactly(2, 6);
        read("000.01.31.H26-250701-C" + run + "1", d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
            assertThat(d.history())
                    .extracting(h -> h.action() + "/" + h.status())
                    .containsExactly("submitted/1", "accepted/4", "supplement_requested/5");
            assertThat(d.supplements()).hasSize(1);
            assertThat(d.supplements().getFirst().reason()).isEqualTo("Bổ sung giấy chứng sinh bản chính");
            assertThat(d.clockStoppedAt()).isEqualTo(vn(2025, 7, 1, 15, 0));
            assertThat(d.formData()).contains("Đỗ Minh Châu");
            return null;
        });
        read("000.01.31.H26-250702-C" + run + "2", d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
            assertThat(d.closedAt()).isEqualTo(vn(2025, 7, 2, 10, 0));
            assertThat(d.closingReason()).isEqualTo("Trẻ không sinh trên địa bàn phường");
            assertThat(d.finishedAt()).isNull();
            return null;
        });
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        String run = run();
        byte[] content = file("dossiers.json", run);
        importAsAdmin("dossiers.json", content, DossierImport.Format.JSON);
        String code = "000.01.31.H26-250615-R" + run + "1";
        long version = read(code, Dossier::version);
        Integer history = read(code, d -> d.history().size());
        long total = dossiers.count();

        ImportReport again = importAsAdmin("dossiers.json", content, DossierImport.Format.JSON);

        assertThat(again.applied()).isTrue();
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.rows()).extracting(ImportReport.Row::outcome).containsOnly(Outcome.SKIPPED);
        assertThat(dossiers.count()).isEqualTo(total);
        assertThat(read(code, Dossier::version)).isEqualTo(version);
        Integer historyAfter = read(code, d -> d.history().size());
        assertThat(historyAfter).isEqualTo(history);

        // the same code with other content is refused, not overwritten
        byte[] changed = new String(content, StandardCharsets.UTF_8)
                .replace("Đồng ý", "Đồng ý ký")
                .getBytes(StandardCharsets.UTF_8);
        ImportReport conflict = importAsAdmin("dossiers.json", changed, DossierImport.Format.JSON);
        assertThat(conflict.applied()).isFalse();
        assertThat(conflict.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.violations()).extracting(v -> v.code()).containsExactly("import_code_exists");
        });
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEachLineAndReason() throws Exception {
        String run = run();
        long total = dossiers.count();
        ImportReport report = importAsAdmin("bad.csv", file("dossiers-bad.csv", run), DossierImport.Format.CSV);

        assertThat(report.applied()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.rejected())
                .extracting(r -> r.line() + ":"
                        + r.violations().stream()
                                .map(v -> v.field() + "=" + v.code())
                                .sorted()
                                .toList())
                .containsExactly(
                        "3:[procedureCode=import_procedure_unknown]",
                        "4:[status=import_status_invalid, submittedAt=import_date_invalid]",
                        "5:[code=import_code_duplicate]",
                        "6:[applicantName=import_field_missing]");
        assertThat(report.rows().getFirst().outcome()).isEqualTo(Outcome.VALID);
        assertThat(dossiers.findByCode("000.01.31.H26-250801-B" + run + "1")).isEmpty();
        assertThat(dossiers.count()).isEqualTo(total);
    }

    @Test
    void theApiRefusesABadFileWithProblemDetailsNamingLinesAndImportsAGoodOne() throws Exception {
        String run = run();
        var admin = TestActors.as(DossierTesting.actor(accounts, ADMIN), DossierTesting.privileges(accounts, ADMIN));
        mvc.perform(multipart("/api/dossiers/imports")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", file("dossiers-bad.csv", run)))
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("line[3].procedureCode")))
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("import_procedure_unknown")));
        mvc.perform(multipart("/api/dossiers/imports")
                        .file(new MockMultipartFile(
                                "file", "dossiers.json", "application/json", file("dossiers.json", run)))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rows[0].outcome").value("IMPORTED"));
    }

    @Test
    void onlyTheDataImportPrivilegeOpensTheImport() throws Exception {
        AgencyView city = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        var cityAdmin =
                TestActors.as(TestActors.staff(city.id(), city.code()), Privilege.ADMIN_ACCESS, Privilege.STAFF_MANAGE);
        mvc.perform(get("/admin/imports/dossiers").with(cityAdmin)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/dossiers/imports")
                        .file(new MockMultipartFile("file", "d.json", "application/json", "[]".getBytes()))
                        .with(cityAdmin))
                .andExpect(status().isForbidden());
        assertThrows(
                AccessDeniedException.class,
                () -> DossierTesting.as(
                        TestActors.staff(city.id(), city.code()),
                        () -> imports.importFile("d.json", "[]".getBytes(), DossierImport.Format.JSON),
                        Privilege.ADMIN_ACCESS));

        var systemAdmin =
                TestActors.as(DossierTesting.actor(accounts, ADMIN), DossierTesting.privileges(accounts, ADMIN));
        String run = run();
        String html = mvc.perform(multipart("/admin/imports/dossiers")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", file("dossiers-bad.csv", run)))
                        .with(systemAdmin)
                        .with(csrf())
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#import-errors").text()).contains("4 dòng bị từ chối");
        assertThat(page.select("#import-rows tr[data-line=3]").text())
                .contains("procedureCode")
                .contains("Không có thủ tục với mã này");
        assertThat(dossiers.findByCode("000.01.31.H26-250801-B" + run + "1")).isEmpty();
        assertThat(List.of(page.select("h1").text())).containsExactly("Nhập hồ sơ từ hệ thống khác");
    }
}
