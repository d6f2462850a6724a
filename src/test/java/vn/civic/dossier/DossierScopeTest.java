package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;
import static vn.civic.dossier.DossierTesting.pdf;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.error.NotFoundException;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** Who sees which dossier: the applicant their own, officials those that are or were at their agency; tracking. */
@CivicTest
class DossierScopeTest {

    static final String CITIZEN = DossierSubmissionTest.CITIZEN;
    static final String OTHER_CITIZEN = DossierSubmissionTest.OTHER_CITIZEN;

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierQueries queries;

    @Autowired
    DossierTracking tracking;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    DossierView filed() {
        ProcedureView procedure = DossierTesting.communeProcedure();
        DossierTesting.install(procedureEditor, procedure);
        long agency = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        return as(
                accounts,
                CITIZEN,
                () -> submission.submitOnline(
                        new OnlineSubmission(procedure.code(), agency, data(), List.of(pdf(FORM_DOCUMENT)), null)));
    }

    @Test
    void applicantSeesOnlyTheirOwnDossiersByIdAndByCode() {
        DossierView dossier = filed();
        assertThat(as(accounts, CITIZEN, () -> queries.myDossier(dossier.id())).code())
                .isEqualTo(dossier.code());
        assertThat(as(accounts, CITIZEN, () -> queries.myDossiers(0, 20)).getContent())
                .first()
                .extracting(DossierSummary::code)
                .isEqualTo(dossier.code());

        assertThatThrownBy(() -> as(accounts, OTHER_CITIZEN, () -> queries.myDossier(dossier.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(accounts, OTHER_CITIZEN, () -> queries.myDossierByCode(dossier.code())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(accounts, OTHER_CITIZEN, () -> queries.myDossiers(0, 100)).getContent())
                .extracting(DossierSummary::id)
                .doesNotContain(dossier.id());
        assertThatThrownBy(() ->
                        as(accounts, OTHER_CITIZEN, () -> processing.withdraw(dossier.id(), dossier.version(), "x")))
                .isInstanceOf(NotFoundException.class);
        long file = dossier.attachments().getFirst().id();
        assertThatThrownBy(() -> as(accounts, OTHER_CITIZEN, () -> queries.open(dossier.id(), file)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void officialSeesOnlyDossiersThatAreOrWereAtTheirAgency() {
        DossierView dossier = filed();
        assertThat(as(accounts, "vanthu.hoankiem", () -> queries.staffDossier(dossier.id()))
                        .code())
                .isEqualTo(dossier.code());
        assertThatThrownBy(() -> as(accounts, "vanthu.hongbang", () -> queries.staffDossier(dossier.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> as(accounts, "vanthu.hongbang", () -> processing.accept(dossier.id(), dossier.version())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(accounts, "vanthu.hongbang", () -> queries.inbox(InboxFilter.all()))
                        .getContent())
                .extracting(i -> i.dossier().id())
                .doesNotContain(dossier.id());
    }

    @Test
    void actionWithoutTheStepsPrivilegeIsRefused() {
        DossierView dossier = filed();
        // the officer of the same agency may not accept at reception: that is the clerk's privilege
        assertThatThrownBy(() ->
                        as(accounts, "chuyenvien.hoankiem", () -> processing.accept(dossier.id(), dossier.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accounts, CITIZEN, () -> queries.staffDossier(dossier.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inboxShowsWhatWaitsForTheActorsPrivilegesNearestDueFirst() {
        DossierView dossier = filed();
        var clerkInbox = as(
                        accounts,
                        "vanthu.hoankiem",
                        () -> queries.inbox(new InboxFilter(Set.of(), null, dossier.code(), 0, 20)))
                .getContent();
        assertThat(clerkInbox).singleElement().satisfies(item -> {
            assertThat(item.dossier().code()).isEqualTo(dossier.code());
            assertThat(item.remainingWorkingTime()).isPositive();
        });
        assertThat(as(
                                accounts,
                                "chuyenvien.hoankiem",
                                () -> queries.inbox(new InboxFilter(Set.of(), null, dossier.code(), 0, 20)))
                        .getContent())
                .isEmpty();
        assertThat(as(
                                accounts,
                                "vanthu.hoankiem",
                                () -> queries.inbox(
                                        new InboxFilter(Set.of(), dossier.procedureCode(), "nguyen van AN", 0, 20)))
                        .getContent())
                .extracting(i -> i.dossier().id())
                .contains(dossier.id());
        var all = as(accounts, "vanthu.hoankiem", () -> queries.inbox(InboxFilter.all()))
                .getContent();
        assertThat(all).extracting(i -> i.dossier().dueAt()).isSorted();
    }

    @Test
    void trackingNeedsTheSecondFactorAndRevealsNoPersonalData() {
        DossierView dossier = filed();
        assertThat(tracking.track(dossier.code(), CITIZEN.substring(8))).hasValueSatisfying(view -> {
            assertThat(view.status()).isEqualTo(DossierStatus.NEW);
            assertThat(view.procedureName()).isEqualTo(dossier.procedureName());
            assertThat(view.steps())
                    .extracting(TrackingView.TrackedStep::name)
                    .first()
                    .isEqualTo("Tiếp nhận hồ sơ");
            assertThat(view.toString()).doesNotContain(CITIZEN, "Nguyễn Văn An");
        });
        assertThat(tracking.track(dossier.code(), "5678")).isPresent(); // the phone 0912345678
        assertThat(tracking.track(dossier.code(), "0000")).isEmpty();
        assertThat(tracking.track(dossier.code(), null)).isEmpty();
        assertThat(tracking.track(dossier.code() + "9", CITIZEN.substring(8))).isEmpty();
        assertThat(tracking.track("000.01.31.H26-261201-9999", "2345")).isEmpty();
    }
}
