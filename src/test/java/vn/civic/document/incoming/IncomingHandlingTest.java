package vn.civic.document.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.document.incoming.IncomingTesting.CLERK;
import static vn.civic.document.incoming.IncomingTesting.LEADER;
import static vn.civic.document.incoming.IncomingTesting.OFFICER;
import static vn.civic.document.incoming.IncomingTesting.OFFICER2;
import static vn.civic.document.incoming.IncomingTesting.OTHER_CLERK;
import static vn.civic.document.incoming.IncomingTesting.as;
import static vn.civic.document.incoming.IncomingTesting.command;
import static vn.civic.document.incoming.IncomingTesting.pdf;
import static vn.civic.document.incoming.IncomingTesting.run;
import static vn.civic.document.incoming.IncomingTesting.uniqueSymbol;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.identity.AccountDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/** Assigning and handling incoming documents, who may read them, and the overdue list. */
@CivicTest
class IncomingHandlingTest {

    @Autowired
    IncomingHandling handling;

    @Autowired
    IncomingQueries queries;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    long id(String username) {
        return IncomingTesting.account(accounts, username).id();
    }

    long registered(boolean confidential, List<Long> named) {
        return as(
                accounts,
                CLERK,
                () -> handling.register(command(uniqueSymbol(), today(), confidential, named), List.of(pdf())));
    }

    void assign(long doc, LocalDate deadline, String lead, List<String> co, List<String> info) {
        run(
                accounts,
                LEADER,
                () -> handling.assign(
                        doc,
                        null,
                        new AssignCommand(
                                "Đề nghị phòng Kinh tế chủ trì kiểm tra, báo cáo kết quả",
                                deadline,
                                id(lead),
                                co.stream().map(this::id).toList(),
                                info.stream().map(this::id).toList())));
    }

    IncomingView get(String username, long doc) {
        return as(accounts, username, () -> handling.get(doc));
    }

    @Test
    void theDemoWardHasIncomingDocumentsInEveryStatusOfHandling() {
        long ward = IncomingTesting.account(accounts, CLERK).agencyId();
        assertThat(jdbc.sql("select distinct status from incoming_document where agency_id = ? and number_symbol in"
                                + " ('4521/UBND-KT', '215/SXD-QLXD', '88/KH-UBND', '1032/CAHN-PV01')")
                        .param(ward)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("RECEIVED", "REGISTERED", "IN_PROGRESS", "CLOSED");
    }

    @Test
    void theDocumentIsClosedWhenTheLeadHandlerFinishesAfterSubAssignmentAndOpinions() {
        long doc = registered(false, List.of());
        assign(doc, today().plusDays(5), OFFICER, List.of(), List.of(CLERK));
        assertThat(get(LEADER, doc).status()).isEqualTo(IncomingStatus.IN_PROGRESS);

        // the lead handler brings in a colleague of the same department; someone of another one is refused
        assertThatThrownBy(() -> run(
                        accounts,
                        OFFICER,
                        () -> handling.subAssign(
                                doc, null, new AssignCommand("Phối hợp", null, null, List.of(id(CLERK)), List.of()))))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("incoming_handler_invalid"));
        run(
                accounts,
                OFFICER,
                () -> handling.subAssign(
                        doc,
                        null,
                        new AssignCommand(
                                "Đồng chí Ánh phối hợp kiểm tra hiện trường",
                                null,
                                null,
                                List.of(id(OFFICER2)),
                                null)));

        run(accounts, OFFICER2, () -> handling.addOpinion(doc, null, "Đã kiểm tra hiện trường, có vi phạm."));
        run(accounts, OFFICER2, () -> handling.finishPart(doc, null));
        IncomingView afterCoHandler = get(OFFICER, doc);
        assertThat(afterCoHandler.status()).isEqualTo(IncomingStatus.IN_PROGRESS);
        assertThat(afterCoHandler.actions()).contains(IncomingView.Action.FINISH);

        // one who is only told for information has no part to finish
        assertThatThrownBy(() -> run(accounts, CLERK, () -> handling.finishPart(doc, null)))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(IncomingError.NOT_A_HANDLER));

        run(accounts, OFFICER, () -> handling.finishPart(doc, null));
        IncomingView closed = get(LEADER, doc);
        assertThat(closed.status()).isEqualTo(IncomingStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.opinions())
                .singleElement()
                .satisfies(o -> assertThat(o.content()).isEqualTo("Đã kiểm tra hiện trường, có vi phạm."));
        assertThat(closed.assignments()).hasSize(2);
        assertThat(closed.assignments().get(1).parentId())
                .isEqualTo(closed.assignments().getFirst().id());
        assertThat(closed.assignments().get(1).deadline()).isEqualTo(today().plusDays(5));
        assertThat(closed.history())
                .extracting(IncomingView.HistoryView::action)
                .containsExactly(
                        "registered",
                        "assigned",
                        "sub_assigned",
                        "opinion",
                        "part_finished",
                        "part_finished",
                        "closed");
        assertThat(jdbc.sql("select status || ' ' || handlers from document_index"
                                + " where document_kind = 'INCOMING' and document_id = ?")
                        .param(doc)
                        .query(String.class)
                        .single())
                .startsWith("CLOSED")
                .contains("Trần Văn Minh")
                .contains("Đinh Thị Ngọc Ánh");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'IncomingDocument' and object_id = ?")
                        .param(Long.toString(doc))
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void aDocumentIsAssignedOnlyOnceAndOnlyWithALeadHandler() {
        long doc = registered(false, List.of());
        assertThatThrownBy(() -> run(
                        accounts,
                        LEADER,
                        () -> handling.assign(
                                doc,
                                null,
                                new AssignCommand("Xử lý", today().minusDays(1), null, List.of(), List.of()))))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactlyInAnyOrder("deadline", "leadAccountId"));
        assign(doc, today().plusDays(3), OFFICER, List.of(), List.of());
        assertThatThrownBy(() -> assign(doc, today().plusDays(3), OFFICER2, List.of(), List.of()))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(IncomingError.ACTION_NOT_ALLOWED));
    }

    @Test
    void theClerksAndLeadersOfTheAgencyAndThePeopleAssignedReadADocumentAndNobodyElse() {
        long doc = registered(false, List.of());
        assertThat(get(CLERK, doc).id()).isEqualTo(doc);
        assertThat(get(LEADER, doc).id()).isEqualTo(doc);
        assertThatThrownBy(() -> get(OFFICER, doc)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get(OTHER_CLERK, doc)).isInstanceOf(NotFoundException.class);

        assign(doc, today().plusDays(3), OFFICER, List.of(), List.of());
        assertThat(get(OFFICER, doc).actions()).contains(IncomingView.Action.FINISH);
        assertThatThrownBy(() -> get(OFFICER2, doc)).isInstanceOf(NotFoundException.class);
        assertThat(as(accounts, OFFICER2, () -> queries.list(IncomingTab.ALL, null, null, 0, 500))
                        .items())
                .extracting(IncomingListItem::id)
                .doesNotContain(doc);
        assertThat(as(accounts, OFFICER, () -> queries.list(IncomingTab.MINE, null, null, 0, 500))
                        .items())
                .extracting(IncomingListItem::id)
                .contains(doc);
    }

    @Test
    void aConfidentialDocumentIsReadOnlyByThoseNamed() {
        long doc = registered(true, List.of(id(OFFICER)));
        assertThat(get(CLERK, doc).confidential()).isTrue();
        assertThat(get(OFFICER, doc).id()).isEqualTo(doc);
        assertThatThrownBy(() -> get(LEADER, doc)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get(OFFICER2, doc)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get(OTHER_CLERK, doc)).isInstanceOf(NotFoundException.class);
        assertThat(as(accounts, LEADER, () -> queries.list(IncomingTab.TO_ASSIGN, null, null, 0, 500))
                        .items())
                .extracting(IncomingListItem::id)
                .doesNotContain(doc);
    }

    @Test
    void theOverdueListShowsEachDepartmentsLateParts() {
        long late = registered(false, List.of());
        assign(late, today().plusDays(1), OFFICER, List.of(OFFICER2), List.of());
        long onTime = registered(false, List.of());
        assign(onTime, today().plusDays(30), OFFICER, List.of(), List.of());
        Long department = IncomingTesting.account(accounts, OFFICER).departmentId();
        try {
            clock.travelTo(ZonedDateTime.now(CivicTime.ZONE).plusDays(4));
            List<OverdueLine> lines = as(accounts, LEADER, () -> queries.overdue(department));
            assertThat(lines)
                    .filteredOn(l -> l.documentId() == late)
                    .extracting(OverdueLine::handlerName, OverdueLine::daysLate)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Trần Văn Minh", 3L),
                            org.assertj.core.groups.Tuple.tuple("Đinh Thị Ngọc Ánh", 3L));
            assertThat(lines).allMatch(l -> department.equals(l.departmentId()));
            assertThat(lines).noneMatch(l -> l.documentId() == onTime);
            assertThat(as(accounts, LEADER, () -> queries.list(IncomingTab.OVERDUE, null, null, 0, 500))
                            .items())
                    .extracting(IncomingListItem::id)
                    .contains(late)
                    .doesNotContain(onTime);
            assertThat(as(accounts, OTHER_CLERK, () -> queries.overdue(null))).noneMatch(l -> l.documentId() == late);
        } finally {
            clock.reset();
        }
    }
}
