package vn.civic.document.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.document.incoming.IncomingTesting.CLERK;
import static vn.civic.document.incoming.IncomingTesting.LEADER;
import static vn.civic.document.incoming.IncomingTesting.OFFICER;
import static vn.civic.document.incoming.IncomingTesting.as;
import static vn.civic.document.incoming.IncomingTesting.run;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.civic.document.DocumentFile;
import vn.civic.document.ExchangeStatus;
import vn.civic.document.IncomingDocumentStatusChanged;
import vn.civic.document.IncomingExchange;
import vn.civic.document.ReceivedDocument;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/** Documents arriving through the exchange, and what their senders are told. */
@CivicTest
@RecordApplicationEvents
class IncomingExchangeTest {

    @Autowired
    IncomingExchange exchange;

    @Autowired
    IncomingHandling handling;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    ReceivedDocument arriving(String symbol) {
        long agency = IncomingTesting.account(accounts, CLERK).agencyId();
        return new ReceivedDocument(
                agency,
                "000.00.00.H26," + today().toString().replace('-', '/') + "," + symbol + "-" + UUID.randomUUID(),
                "000.00.00.H26",
                "Ủy ban nhân dân thành phố Hà Nội",
                symbol,
                today().minusDays(1),
                "CV",
                "Về việc tăng cường phòng cháy chữa cháy",
                "Nguyễn Văn A",
                Urgency.URGENT,
                null,
                3,
                List.of(),
                List.of(new DocumentFile("cong-van.pdf", "application/pdf", IncomingTesting.PDF)));
    }

    List<ExchangeStatus> told(long id) {
        return events.stream(IncomingDocumentStatusChanged.class)
                .filter(e -> e.documentId() == id)
                .map(IncomingDocumentStatusChanged::status)
                .toList();
    }

    RegisterCommand registerFields(IncomingView v) {
        return new RegisterCommand(
                false,
                v.urgency(),
                today(),
                v.author(),
                v.numberSymbol(),
                v.documentDate(),
                v.typeCode(),
                v.summary(),
                null,
                null,
                null,
                v.signerName(),
                v.pageCount(),
                null,
                List.of());
    }

    @Test
    void aDocumentReceivedTwiceIsStoredOnceAndItsSenderIsToldEachStep() {
        ReceivedDocument arrived = arriving(IncomingTesting.uniqueSymbol());
        long id = exchange.receive(arrived);
        assertThat(exchange.receive(arrived)).isEqualTo(id);

        IncomingView received = as(accounts, CLERK, () -> handling.get(id));
        assertThat(received.status()).isEqualTo(IncomingStatus.RECEIVED);
        assertThat(received.files()).hasSize(1);
        assertThat(received.actions()).contains(IncomingView.Action.REGISTER, IncomingView.Action.RETURN);

        run(accounts, CLERK, () -> handling.registerReceived(id, received.version(), registerFields(received)));
        long lead = IncomingTesting.account(accounts, OFFICER).id();
        run(
                accounts,
                LEADER,
                () -> handling.assign(
                        id, null, new AssignCommand("Chủ trì thực hiện", today().plusDays(2), lead, null, null)));
        run(accounts, OFFICER, () -> handling.finishPart(id, null));

        assertThat(told(id))
                .containsExactly(
                        ExchangeStatus.ARRIVED,
                        ExchangeStatus.ACCEPTED,
                        ExchangeStatus.ASSIGNED,
                        ExchangeStatus.FINISHED);
        assertThat(events.stream(IncomingDocumentStatusChanged.class)
                        .filter(e -> e.documentId() == id && e.status() == ExchangeStatus.ACCEPTED))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.exchangeDocumentId()).isEqualTo(arrived.exchangeDocumentId());
                    assertThat(e.senderCode()).isEqualTo("000.00.00.H26");
                    assertThat(e.staffName()).isEqualTo("Nguyễn Thị Lan");
                });
        assertThat(as(accounts, CLERK, () -> handling.get(id)).incomingNumber()).isNotNull();
    }

    @Test
    void aReturnedDocumentTellsItsSenderWhy() {
        long id = exchange.receive(arriving(IncomingTesting.uniqueSymbol()));
        run(accounts, CLERK, () -> handling.returnToSender(id, null, "Gửi nhầm cơ quan"));

        assertThat(as(accounts, CLERK, () -> handling.get(id)).status()).isEqualTo(IncomingStatus.RETURNED);
        assertThat(events.stream(IncomingDocumentStatusChanged.class).filter(e -> e.documentId() == id))
                .extracting(IncomingDocumentStatusChanged::status, IncomingDocumentStatusChanged::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ExchangeStatus.ARRIVED, null),
                        org.assertj.core.groups.Tuple.tuple(ExchangeStatus.REJECTED, "Gửi nhầm cơ quan"));
    }

    @Test
    void theClerkAgreesToOneRecallAndRefusesAnother() {
        ReceivedDocument first = arriving(IncomingTesting.uniqueSymbol());
        long agreed = exchange.receive(first);
        exchange.recall(first.agencyId(), first.exchangeDocumentId(), "Văn bản ban hành nhầm");
        IncomingView pending = as(accounts, CLERK, () -> handling.get(agreed));
        assertThat(pending.recallPending()).isTrue();
        assertThat(pending.actions()).contains(IncomingView.Action.ANSWER_RECALL);
        run(accounts, CLERK, () -> handling.answerRecall(agreed, null, true, null));
        assertThat(as(accounts, CLERK, () -> handling.get(agreed)).status()).isEqualTo(IncomingStatus.RECALLED);

        ReceivedDocument second = arriving(IncomingTesting.uniqueSymbol());
        long refused = exchange.receive(second);
        exchange.recall(second.agencyId(), second.exchangeDocumentId(), "Thu hồi");
        run(accounts, CLERK, () -> handling.answerRecall(refused, null, false, "Văn bản đã được xử lý"));
        IncomingView kept = as(accounts, CLERK, () -> handling.get(refused));
        assertThat(kept.status()).isEqualTo(IncomingStatus.RECEIVED);
        assertThat(kept.recallPending()).isFalse();

        assertThat(told(agreed)).containsExactly(ExchangeStatus.ARRIVED, ExchangeStatus.RECALL_AGREED);
        assertThat(told(refused)).containsExactly(ExchangeStatus.ARRIVED, ExchangeStatus.RECALL_REFUSED);
    }

    @Test
    void aDocumentOfATypeNobodyKnowsIsKeptAsALetter() {
        ReceivedDocument a = arriving(IncomingTesting.uniqueSymbol());
        long id = exchange.receive(new ReceivedDocument(
                a.agencyId(),
                a.exchangeDocumentId(),
                a.senderCode(),
                a.senderName(),
                a.numberSymbol(),
                a.documentDate(),
                "XYZ",
                a.summary(),
                null,
                null,
                null,
                null,
                List.of(),
                a.files()));
        IncomingView v = as(accounts, CLERK, () -> handling.get(id));
        assertThat(v.typeCode()).isEqualTo("CV");
        assertThat(v.urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void anUpdateBeforeRegistrationReplacesTheMetadata() {
        ReceivedDocument first = arriving(IncomingTesting.uniqueSymbol());
        long id = exchange.receive(first);
        ReceivedDocument updated = new ReceivedDocument(
                first.agencyId(),
                first.exchangeDocumentId(),
                first.senderCode(),
                first.senderName(),
                first.numberSymbol(),
                first.documentDate(),
                "TB",
                "Về việc tăng cường phòng cháy chữa cháy (thay thế)",
                first.signerName(),
                Urgency.NORMAL,
                null,
                4,
                List.of(),
                List.of());
        exchange.update(updated);
        IncomingView v = as(accounts, CLERK, () -> handling.get(id));
        assertThat(v.summary()).endsWith("(thay thế)");
        assertThat(v.typeCode()).isEqualTo("TB");
        assertThat(v.files()).hasSize(1);
    }
}
