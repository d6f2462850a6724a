package vn.civic.exchange.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.DossierView;
import vn.civic.identity.AccountDirectory;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.platform.outbox.OutboxStatus;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;
import vn.civic.test.PortalServer;
import vn.civic.test.TestActors;
import vn.civic.test.TestClock;

/** The national-portal synchronisation against an in-test portal: the portal's shape, retries, the log. */
@CivicTest
class PortalSyncTest {

    static final DateTimeFormatter PORTAL_DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(CivicTime.ZONE);

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JsonMapper json;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    DossierView received() {
        ProcedureView procedure = DossierTesting.install(procedureEditor, DossierTesting.communeProcedure());
        String idNumber =
                "001099" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return as(
                accounts,
                "vanthu.hoankiem",
                () -> submission.receiveAtCounter(new CounterSubmission(
                        procedure.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(ApplicantKind.CITIZEN, "Đỗ Văn Nam", idNumber, null, null),
                        data(),
                        List.of(),
                        Set.of(FORM_DOCUMENT),
                        null)));
    }

    JsonNode body(PortalServer.Received received) {
        return json.readTree(received.body());
    }

    @Test
    void eachDossierEventSendsTheDossierInThePortalsShapeWithItsStatusCode() {
        DossierView dossier = received();
        List<PortalServer.Received> first = PortalServer.await(dossier.code(), r -> !r.isEmpty());
        assertThat(first).isNotEmpty();
        PortalServer.Received filing = first.getFirst();
        assertThat(filing.authorization()).isEqualTo("Bearer " + PortalServer.TOKEN);
        assertThat(filing.idempotencyKey()).startsWith("portal:" + dossier.id() + ":");
        JsonNode sent = body(filing);
        assertThat(sent.get("MaHoSo").asString()).isEqualTo(dossier.code());
        assertThat(sent.get("MaTTHC").asString()).isEqualTo(dossier.procedureCode());
        assertThat(sent.get("TenTTHC").asString()).isEqualTo(dossier.procedureName());
        assertThat(sent.get("MaLinhVuc").asString()).isEqualTo("TEST-DOSSIER");
        assertThat(sent.get("ChuHoSo").asString()).isEqualTo("Đỗ Văn Nam");
        assertThat(sent.get("LoaiDoiTuong").asInt()).isEqualTo(1);
        assertThat(sent.get("NgayTiepNhan").asString()).isEqualTo(PORTAL_DATE.format(dossier.acceptedAt()));
        assertThat(sent.get("NgayHenTra").asString()).isEqualTo(PORTAL_DATE.format(dossier.dueAt()));
        assertThat(sent.get("TrangThaiHoSo").asInt()).isEqualTo(4);
        assertThat(sent.get("NgayTra").asString()).isEmpty();
        assertThat(sent.get("HinhThuc").asInt()).isEqualTo(1);
        assertThat(sent.get("DonViXuLy").asString())
                .isEqualTo(dossier.currentStep().agencyName());
        assertThat(sent.get("TaiLieuNop").get(0).get("MaThanhPhanHoSo").asString())
                .isEqualTo(FORM_DOCUMENT);
        assertThat(sent.get("DanhSachGiayToKetQua").isArray()).isTrue();
        assertThat(sent.get("DanhSachHoSoBoSung").isArray()).isTrue();
        JsonNode progress = sent.get("QuaTrinhXuLy");
        assertThat(progress.size()).isEqualTo(3);
        JsonNode step = progress.get(2);
        assertThat(step.get("NguoiXuLy").asString()).isNotBlank();
        assertThat(step.get("ThoiDiemXuLy").asString()).matches("\\d{14}");
        assertThat(step.get("PhongBanXuLy").asString()).isNotBlank();
        assertThat(step.get("NoiDungXuLy").asString()).isNotBlank();
        assertThat(step.get("TrangThai").asInt()).isEqualTo(4);
        assertThat(step.get("NgayBatDau").asString())
                .isEqualTo(PORTAL_DATE.format(dossier.currentStep().startedAt()));
        assertThat(step.get("NgayKetThucTheoQuyDinh").asString())
                .isEqualTo(PORTAL_DATE.format(dossier.currentStep().dueAt()));

        DossierView approving =
                as(accounts, "chuyenvien.hoankiem", () -> processing.forward(dossier.id(), dossier.version(), null));
        as(accounts, "lanhdao.hoankiem", () -> processing.approve(approving.id(), approving.version(), null));
        List<PortalServer.Received> all = PortalServer.await(
                dossier.code(),
                r -> r.stream().anyMatch(x -> body(x).get("TrangThaiHoSo").asInt() == 9));
        assertThat(all).extracting(r -> body(r).get("TrangThaiHoSo").asInt()).contains(4, 9);
    }

    @Test
    void anErrorAnswerIsRetriedWithBackoffAndTheDossierDeliveredOnceThenLogged() throws Exception {
        DossierView dossier = received();
        PortalServer.await(dossier.code(), r -> !r.isEmpty());
        awaitAll(dossier.code(), OutboxStatus.SENT);
        PortalServer.answer(dossier.code(), 500);
        as(accounts, "chuyenvien.hoankiem", () -> processing.forward(dossier.id(), dossier.version(), null));

        OutboxEntry failing = awaitEntry(dossier.code(), e -> e.attempts() == 1 && e.status() == OutboxStatus.PENDING);
        assertThat(failing.lastError()).contains("HTTP 500");
        clock.travelTo(failing.nextAttemptAt().plusSeconds(1).atZone(CivicTime.ZONE));
        OutboxEntry sent = awaitEntry(dossier.code(), e -> e.id() == failing.id() && e.status() == OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);

        List<PortalServer.Received> forMessage = PortalServer.received(dossier.code()).stream()
                .filter(r -> r.idempotencyKey().equals(failing.key()))
                .toList();
        assertThat(forMessage).extracting(PortalServer.Received::answer).containsExactly(500, 200);
        assertThat(body(forMessage.getLast()).get("TrangThaiHoSo").asInt()).isEqualTo(4);

        var admin = TestActors.staff(1, "000.00.00.H26");
        String page = mvc.perform(get("/admin/portal-sync")
                        .param("reference", dossier.code())
                        .with(TestActors.as(admin, Privilege.PORTAL_SYNC_MANAGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTTP 500")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#portal-attempts tbody tr[data-dossier=" + dossier.code() + "]"))
                .extracting(tr -> tr.select("td").get(4).text())
                .contains("500", "200");
        mvc.perform(get("/admin/portal-sync").with(TestActors.as(admin, Privilege.NOTIFICATION_MANAGE)))
                .andExpect(status().isForbidden());
    }

    OutboxEntry awaitEntry(String code, java.util.function.Predicate<OutboxEntry> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var match = outbox.list(List.of("exchange.portal"), code, null, 0, 50).stream()
                    .filter(wanted)
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            dispatcher.dispatchDue();
            pause();
        }
        throw new AssertionError("No portal message of " + code + " as expected: "
                + outbox.list(List.of("exchange.portal"), code, null, 0, 50));
    }

    void awaitAll(String code, OutboxStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline
                && !outbox.list(List.of("exchange.portal"), code, null, 0, 50).stream()
                        .allMatch(e -> e.status() == status)) {
            dispatcher.dispatchDue();
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
