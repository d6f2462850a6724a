package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;
import static vn.civic.dossier.DossierTesting.pdf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.DossierStep;
import vn.civic.dossier.domain.Filing;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.AgencyCommand;
import vn.civic.org.AgencyEditor;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.UnitCommand;
import vn.civic.org.UnitEditor;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The actions on a dossier from reception to the result, the clock rules, and each refusal. */
@CivicTest
class DossierProcessingTest {

    static final String CITIZEN = DossierSubmissionTest.CITIZEN;
    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    AgencyEditor agencyEditor;

    @Autowired
    UnitEditor unitEditor;

    DossierView filed() {
        return filed(DossierTesting.communeProcedure());
    }

    DossierView filed(ProcedureView procedure) {
        DossierTesting.install(procedureEditor, procedure);
        long agency = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        return as(
                accounts,
                CITIZEN,
                () -> submission.submitOnline(
                        new OnlineSubmission(procedure.code(), agency, data(), List.of(pdf(FORM_DOCUMENT)), null)));
    }

    DossierView accepted() {
        DossierView dossier = filed();
        return as(accounts, CLERK, () -> processing.accept(dossier.id(), dossier.version()));
    }

    @Test
    void fullFlowWithASupplementEndsWithTheResultReturnedEarlyAndRated() {
        DossierView dossier = accepted();
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.dueAt()).isEqualTo(calendar.addWorkingDays(dossier.acceptedAt(), 5));
        assertThat(dossier.currentStep().dueAt())
                .isEqualTo(calendar.addWorkingDays(dossier.currentStep().startedAt(), 3));

        DossierView asked = as(
                accounts,
                OFFICER,
                () -> processing.requestSupplement(
                        dossier.id(), dossier.version(), "Tờ khai thiếu chữ ký", List.of(FORM_DOCUMENT)));
        assertThat(asked.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(asked.openSupplement().documents()).containsExactly(FORM_DOCUMENT);

        assertThatThrownBy(() ->
                        as(accounts, CITIZEN, () -> processing.supplement(asked.id(), asked.version(), List.of())))
                .isInstanceOf(InvalidInputException.class);
        DossierView supplemented = as(
                accounts,
                CITIZEN,
                () -> processing.supplement(asked.id(), asked.version(), List.of(pdf(FORM_DOCUMENT))));
        assertThat(supplemented.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(supplemented.currentStep().name()).isEqualTo("Thẩm định hồ sơ");
        assertThat(supplemented.attachments())
                .extracting(DossierView.AttachmentView::round)
                .containsExactly(0, 1);
        assertThat(supplemented.dueAt())
                .isEqualTo(
                        supplemented.stoppedTime().isPositive()
                                ? calendar.addWorkingTime(dossier.dueAt(), supplemented.stoppedTime())
                                : dossier.dueAt());

        DossierView approving = as(
                accounts, OFFICER, () -> processing.forward(supplemented.id(), supplemented.version(), "Đủ điều kiện"));
        assertThat(approving.currentStep().kind()).isEqualTo(StepKind.APPROVE);
        DossierView finished =
                as(accounts, LEADER, () -> processing.approve(approving.id(), approving.version(), null));
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(finished.currentStep().kind()).isEqualTo(StepKind.RETURN);

        DossierView returned = as(
                accounts,
                CLERK,
                () -> processing.returnResult(
                        finished.id(), finished.version(), List.of(pdf("KQ")), "Đã trả giấy khai sinh"));
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.currentStep()).isNull();
        assertThat(returned.attachments())
                .anySatisfy(a -> assertThat(a.result()).isTrue());

        DossierView rated = as(accounts, CITIZEN, () -> processing.rate(returned.id(), returned.version(), 5, "Nhanh"));
        assertThat(rated.rating()).isEqualTo(5);
        assertThat(rated.history())
                .extracting(HistoryView::action)
                .containsExactly(
                        "submitted",
                        "accepted",
                        "step_started",
                        "supplement_requested",
                        "supplemented",
                        "forwarded",
                        "step_started",
                        "approved",
                        "finished",
                        "e_result_issued",
                        "returned");
        assertThatThrownBy(() -> as(accounts, CITIZEN, () -> processing.rate(rated.id(), rated.version(), 4, null)))
                .hasMessage(DossierError.ALREADY_RATED.code());
    }

    static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0)
                .atZone(CivicTime.ZONE)
                .toInstant();
    }

    @Test
    void supplementStopsTheClockAndMovesTheDueDatesByTheWorkingTimeStopped() {
        Act clerk = new Act("test:clerk", "Văn thư", 1L, "UBND", at(3, 2, 9));
        Filing filing = new Filing(
                "T-1",
                1,
                1,
                "9.000001",
                "Thủ tục",
                null,
                ApplicantKind.CITIZEN,
                "Nguyễn Văn An",
                CITIZEN,
                null,
                null,
                Channel.IN_PERSON,
                1,
                "{}",
                ProcessingTime.workingDays(5),
                "test:clerk",
                null,
                null);
        List<DossierStep> plan = List.of(
                new DossierStep(1, StepKind.RECEIVE, "Tiếp nhận", 1, null, new java.math.BigDecimal("0.5")),
                new DossierStep(2, StepKind.PROCESS, "Thẩm định", 1, null, new java.math.BigDecimal("3")),
                new DossierStep(3, StepKind.RETURN, "Trả kết quả", 1, null, new java.math.BigDecimal("0.5")));
        // received at the counter on Monday 02/03/2026 09:00: 5 working days, due Monday 09/03 09:00
        Dossier dossier = Dossier.file(filing, plan, List.of(), clerk, calendar);
        assertThat(dossier.dueAt()).isEqualTo(at(3, 9, 9));
        assertThat(dossier.currentStep().orElseThrow().dueAt()).isEqualTo(at(3, 5, 9));

        // asked on Tuesday 03/03 09:00, supplemented on Monday 09/03 09:00: 4 working days stopped (the weekend is not)
        dossier.requestSupplement(new Act("test:officer", "Chuyên viên", 1L, "UBND", at(3, 3, 9)), "Thiếu", List.of());
        dossier.supplement(new Act("account:1", "Nguyễn Văn An", null, null, at(3, 9, 9)), List.of(), calendar);
        assertThat(dossier.stoppedTime()).isEqualTo(calendar.workingDayLength().multipliedBy(4));
        assertThat(dossier.dueAt()).isEqualTo(at(3, 13, 9));
        assertThat(dossier.currentStep().orElseThrow().dueAt()).isEqualTo(at(3, 11, 9));
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);

        // finished on Friday 13/03 at 10:00, an hour after the due time: late, computed
        dossier.forward(new Act("test:officer", "Chuyên viên", 1L, "UBND", at(3, 13, 10)), null, calendar);
        assertThat(dossier.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(dossier.timeliness()).contains(Timeliness.LATE);
    }

    @Test
    void refusalNeedsAReasonAndEndsTheDossier() {
        DossierView dossier = filed();
        assertThatThrownBy(() -> as(accounts, CLERK, () -> processing.refuse(dossier.id(), dossier.version(), " ")))
                .isInstanceOf(InvalidInputException.class);
        DossierView refused =
                as(accounts, CLERK, () -> processing.refuse(dossier.id(), dossier.version(), "Không thuộc thẩm quyền"));
        assertThat(refused.status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
        assertThat(refused.closingReason()).isEqualTo("Không thuộc thẩm quyền");
        assertThatThrownBy(() -> as(accounts, CLERK, () -> processing.accept(refused.id(), refused.version())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void actionNotAllowedInTheStatusIsRefusedAndChangesNothing() {
        DossierView dossier = accepted();
        assertThatThrownBy(() -> as(accounts, OFFICER, () -> processing.accept(dossier.id(), dossier.version())))
                .isInstanceOf(ConflictException.class)
                .hasMessage(DossierError.ACTION_NOT_ALLOWED.code());
        assertThatThrownBy(() -> as(accounts, CLERK, () -> processing.forward(dossier.id(), dossier.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accounts, LEADER, () -> processing.approve(dossier.id(), dossier.version(), null)))
                .hasMessage(DossierError.ACTION_NOT_ALLOWED.code());
        assertThat(as(accounts, OFFICER, () -> processing.forward(dossier.id(), dossier.version(), null))
                        .status())
                .isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void staleVersionIsRefused() {
        DossierView dossier = accepted();
        as(accounts, OFFICER, () -> processing.forward(dossier.id(), dossier.version(), null));
        assertThatThrownBy(() -> as(accounts, OFFICER, () -> processing.forward(dossier.id(), dossier.version(), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage(CommonError.CONCURRENT_MODIFICATION.code());
    }

    @Test
    void rejectionAndSendingBackReturnToTheProcessingStepWithTheReason() {
        DossierView dossier = accepted();
        DossierView atApproval = as(accounts, OFFICER, () -> processing.forward(dossier.id(), dossier.version(), null));
        DossierView rejected =
                as(accounts, LEADER, () -> processing.reject(atApproval.id(), atApproval.version(), "Sai họ tên cha"));
        assertThat(rejected.currentStep().kind()).isEqualTo(StepKind.PROCESS);
        assertThat(rejected.history().get(rejected.history().size() - 2).note()).isEqualTo("Sai họ tên cha");

        DossierView again = as(accounts, OFFICER, () -> processing.forward(rejected.id(), rejected.version(), null));
        DossierView back = as(accounts, LEADER, () -> processing.sendBack(again.id(), again.version(), 2, "Xem lại"));
        assertThat(back.currentStep().order()).isEqualTo(2);
        assertThatThrownBy(() -> as(accounts, OFFICER, () -> processing.sendBack(back.id(), back.version(), 1, "x")))
                .hasMessage(DossierError.ACTION_NOT_ALLOWED.code());
    }

    @Test
    void applicantWithdrawsBeforeTheDossierIsFinished() {
        DossierView dossier = accepted();
        DossierView withdrawn =
                as(accounts, CITIZEN, () -> processing.withdraw(dossier.id(), dossier.version(), "Nộp nhầm thủ tục"));
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThatThrownBy(() ->
                        as(accounts, CITIZEN, () -> processing.withdraw(withdrawn.id(), withdrawn.version(), "x")))
                .hasMessage(DossierError.ACTION_NOT_ALLOWED.code());
        assertThatThrownBy(() ->
                        as(accounts, OFFICER, () -> processing.forward(withdrawn.id(), withdrawn.version(), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyALeaderStopsProcessingWithAReason() {
        DossierView dossier = accepted();
        assertThatThrownBy(() -> as(accounts, OFFICER, () -> processing.stop(dossier.id(), dossier.version(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        DossierView stopped =
                as(accounts, LEADER, () -> processing.stop(dossier.id(), dossier.version(), "Người nộp đã mất"));
        assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(stopped.closingReason()).isEqualTo("Người nộp đã mất");
    }

    @Test
    void apologyProposedByTheOfficerMovesTheAppointmentOnceTheLeaderApproves() {
        DossierView dossier = accepted();
        Instant later = calendar.addWorkingDays(dossier.dueAt(), 3);
        assertThatThrownBy(() -> as(
                        accounts,
                        OFFICER,
                        () -> processing.proposeApology(dossier.id(), dossier.version(), dossier.dueAt(), "x")))
                .isInstanceOf(InvalidInputException.class);
        DossierView proposed = as(
                accounts,
                OFFICER,
                () -> processing.proposeApology(dossier.id(), dossier.version(), later, "Chờ xác minh của công an"));
        assertThat(proposed.pendingApology().proposedDueAt()).isEqualTo(later);
        assertThat(proposed.dueAt()).isEqualTo(dossier.dueAt());
        assertThatThrownBy(() ->
                        as(accounts, OFFICER, () -> processing.decideApology(proposed.id(), proposed.version(), true)))
                .isInstanceOf(AccessDeniedException.class);

        DossierView approved =
                as(accounts, LEADER, () -> processing.decideApology(proposed.id(), proposed.version(), true));
        assertThat(approved.dueAt()).isEqualTo(later);
        assertThat(approved.pendingApology()).isNull();
        assertThat(approved.history()).extracting(HistoryView::action).contains("apology_proposed", "apology_approved");
    }

    @Test
    void leaderAssignsTheStepToAnOfficerWhoHoldsItsPrivilege() {
        DossierView dossier = accepted();
        long officer = accounts.findByUsername(OFFICER).orElseThrow().id();
        long clerk = accounts.findByUsername(CLERK).orElseThrow().id();
        assertThatThrownBy(() -> as(accounts, LEADER, () -> processing.assign(dossier.id(), dossier.version(), clerk)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> as(accounts, OFFICER, () -> processing.assign(dossier.id(), dossier.version(), officer)))
                .isInstanceOf(AccessDeniedException.class);
        DossierView assigned = as(accounts, LEADER, () -> processing.assign(dossier.id(), dossier.version(), officer));
        assertThat(assigned.currentStep().assigneeAccountId()).isEqualTo(officer);
    }

    @Test
    void linkedProcedurePassesThroughThreeAgencies() {
        AgencyView[] three = threeAgencies();
        AgencyView ward = three[0];
        AgencyView police = three[1];
        AgencyView insurance = three[2];
        ProcedureView linked = DossierTesting.procedure(List.of(
                DossierTesting.step(1, StepKind.RECEIVE, "Tiếp nhận", AgencyTarget.RECEIVING, null, "0.5"),
                DossierTesting.step(2, StepKind.PROCESS, "Đăng ký khai sinh", AgencyTarget.RECEIVING, null, "1"),
                DossierTesting.step(
                        3, StepKind.PROCESS, "Đăng ký thường trú", AgencyTarget.SERVING, AgencyKind.POLICE, "2"),
                DossierTesting.step(
                        4, StepKind.PROCESS, "Cấp thẻ BHYT", AgencyTarget.SERVING, AgencyKind.SOCIAL_INSURANCE, "1"),
                DossierTesting.step(5, StepKind.RETURN, "Trả kết quả", AgencyTarget.RECEIVING, null, "0.5")));
        DossierTesting.install(procedureEditor, linked);
        var clerk = TestActors.staff(ward.id(), ward.code());
        DossierView dossier = as(
                clerk,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        linked.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(ApplicantKind.CITIZEN, "Phạm Thu Hà", "001199123457", null, null),
                        data(),
                        List.of(),
                        Set.of(FORM_DOCUMENT),
                        null)),
                Privilege.DOSSIER_RECEIVE);
        assertThat(dossier.steps())
                .extracting(DossierView.StepView::agencyId)
                .containsExactly(ward.id(), ward.id(), police.id(), insurance.id(), ward.id());

        DossierView atPolice = as(
                TestActors.staff(ward.id(), ward.code()),
                () -> processing.forward(dossier.id(), dossier.version(), null),
                Privilege.DOSSIER_PROCESS);
        assertThat(atPolice.currentStep().agencyId()).isEqualTo(police.id());
        assertThatThrownBy(() -> as(
                        TestActors.staff(ward.id(), ward.code()),
                        () -> processing.forward(atPolice.id(), atPolice.version(), null),
                        Privilege.DOSSIER_PROCESS))
                .hasMessage(DossierError.NOT_AT_YOUR_AGENCY.code());
        DossierView atInsurance = as(
                TestActors.staff(police.id(), police.code()),
                () -> processing.forward(atPolice.id(), atPolice.version(), null),
                Privilege.DOSSIER_PROCESS);
        assertThat(atInsurance.currentStep().agencyId()).isEqualTo(insurance.id());
        DossierView finished = as(
                TestActors.staff(insurance.id(), insurance.code()),
                () -> processing.forward(atInsurance.id(), atInsurance.version(), null),
                Privilege.DOSSIER_PROCESS);
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.currentStep().agencyId()).isEqualTo(ward.id());
        assertThat(finished.history()).extracting(HistoryView::agencyName).contains(police.name(), insurance.name());
    }

    /** A fresh ward of Hà Nội with its People's Committee, ward police and social-insurance office. */
    AgencyView[] threeAgencies() {
        AgencyView hanoi = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        var admin = TestActors.staff(hanoi.id(), hanoi.code());
        return as(
                admin,
                () -> {
                    long level = unitEditor.levels().stream()
                            .filter(l -> l.code().equals("COMMUNE"))
                            .findFirst()
                            .orElseThrow()
                            .id();
                    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                            .toUpperCase();
                    long unit = unitEditor
                            .create(new UnitCommand(
                                    "T" + suffix,
                                    "Phường Thử nghiệm " + suffix,
                                    level,
                                    hanoi.administrativeUnitId(),
                                    java.time.LocalDate.of(2025, 7, 1)))
                            .id();
                    AgencyView[] result = new AgencyView[3];
                    AgencyKind[] kinds = {AgencyKind.PEOPLES_COMMITTEE, AgencyKind.POLICE, AgencyKind.SOCIAL_INSURANCE};
                    for (int i = 0; i < 3; i++) {
                        String code = "T" + suffix.substring(Math.max(0, suffix.length() - 2)) + i + ".01.01.Z"
                                + String.format("%02d", i);
                        result[i] = agencyEditor
                                .create(new AgencyCommand(
                                        code.substring(code.length() - 13),
                                        kinds[i] + " " + suffix,
                                        null,
                                        null,
                                        kinds[i],
                                        hanoi.id(),
                                        unit,
                                        null,
                                        null,
                                        null))
                                .agency();
                    }
                    return result;
                },
                Privilege.values());
    }
}
