package vn.civic.exchange.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.document.Urgency;
import vn.civic.document.incoming.IncomingHandling;
import vn.civic.document.incoming.IncomingListItem;
import vn.civic.document.incoming.IncomingQueries;
import vn.civic.document.incoming.IncomingStatus;
import vn.civic.document.incoming.IncomingTab;
import vn.civic.document.incoming.IncomingView;
import vn.civic.document.incoming.RegisterCommand;
import vn.civic.document.outgoing.DraftCommand;
import vn.civic.document.outgoing.OutgoingDrafts;
import vn.civic.document.outgoing.OutgoingIssuing;
import vn.civic.document.outgoing.OutgoingQueries;
import vn.civic.document.outgoing.OutgoingView;
import vn.civic.document.outgoing.Upload;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.test.CivicTest;

/**
 * Issue 5, item 8: Phường Hoàn Kiếm issues a signed decision to Phường Hồng Bàng. The test configuration's peer serves
 * both wards at this server's own URL, so the package travels as between two installations: signed with the ward's
 * seal, POSTed with the HMAC headers, checked and handed to Hồng Bàng's incoming documents; its statuses travel back
 * the same way to the recipient's line on Hoàn Kiếm's document. Recall flows as the trace header describes.
 */
@CivicTest
class DocumentExchangeTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    OutgoingDrafts drafts;

    @Autowired
    OutgoingIssuing issuing;

    @Autowired
    OutgoingQueries outgoing;

    @Autowired
    IncomingQueries incoming;

    @Autowired
    IncomingHandling handling;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    ExchangeLog exchangeLog;

    @Test
    void aDocumentIssuedToAnotherAgencyArrivesAndItsStatusesComeBack() {
        String summary = "Về việc phối hợp tổ chức ngày hội đọc sách " + System.nanoTime();
        long outgoingId = approvedForHongBang(summary, null);
        OutgoingIssuing.Issued issued = as("vanthu.hoankiem", () -> issuing.issue(outgoingId));

        // arrives at Hồng Bàng, awaiting its clerk
        IncomingListItem arrived =
                await(
                        () -> as("vanthu.hongbang", () -> incoming.list(IncomingTab.RECEIVED, summary, null, 0, 10))
                                .items()
                                .stream()
                                .findFirst(),
                        item -> true);
        assertThat(arrived.status()).isEqualTo(IncomingStatus.RECEIVED);
        assertThat(arrived.numberSymbol()).isEqualTo(issued.numberSymbol());
        assertThat(arrived.author()).contains("Hoàn Kiếm");
        IncomingView received = as("vanthu.hongbang", () -> handling.get(arrived.id()));
        assertThat(received.files()).isNotEmpty();
        awaitRecipientStatus(outgoingId, "01");

        // registering it tells Hoàn Kiếm "03 accepted"
        as("vanthu.hongbang", () -> {
            handling.registerReceived(arrived.id(), received.version(), register(received));
            return null;
        });
        awaitRecipientStatus(outgoingId, "03");

        // the sender recalls it: Hồng Bàng's clerk is asked, agrees, and Hoàn Kiếm is told "15"
        as("vanthu.hoankiem", () -> {
            issuing.recall(outgoingId, "Ban hành nhầm đối tượng");
            return null;
        });
        IncomingView pending = await(
                () -> Optional.of(as("vanthu.hongbang", () -> handling.get(arrived.id()))),
                IncomingView::recallPending);
        as("vanthu.hongbang", () -> {
            handling.answerRecall(arrived.id(), pending.version(), true, null);
            return null;
        });
        awaitRecipientStatus(outgoingId, "15");

        // every package went over HTTP, signed and checked, and is in the exchange log
        String documentId = DemoAgencies.HOAN_KIEM + ","
                + issued.issuedDate().toString().replace('-', '/') + "," + issued.numberSymbol();
        List<ExchangeLog.Entry> logged =
                exchangeLog.search(new ExchangeLog.Filter(null, null, null, null, documentId), 0, 100);
        assertThat(logged)
                .filteredOn(e -> e.direction().equals(ExchangeLog.OUT))
                .extracting(
                        ExchangeLog.Entry::messageType,
                        ExchangeLog.Entry::action,
                        ExchangeLog.Entry::status,
                        ExchangeLog.Entry::via)
                .contains(
                        tuple("edoc", "NEW", "DELIVERED", "peer test-loopback"),
                        tuple("edoc", "REVOKE", "DELIVERED", "peer test-loopback"),
                        tuple("status", "03", "DELIVERED", "peer test-loopback"),
                        tuple("status", "15", "DELIVERED", "peer test-loopback"));
        assertThat(logged)
                .filteredOn(e -> e.direction().equals(ExchangeLog.IN))
                .extracting(ExchangeLog.Entry::messageType, ExchangeLog.Entry::fromCode, ExchangeLog.Entry::status)
                .contains(
                        tuple("edoc", DemoAgencies.HOAN_KIEM, "ACCEPTED"),
                        tuple("status", DemoAgencies.HONG_BANG, "ACCEPTED"));
    }

    /** A decision of Hoàn Kiếm to Hồng Bàng, drafted, submitted and approved, ready for the clerk to issue. */
    long approvedForHongBang(String summary, Long replaces) {
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();
        long outgoingId = as(
                "chuyenvien.hoankiem",
                () -> drafts.create(
                        new DraftCommand("QD", summary, false, Urgency.URGENT, null, null, replaces),
                        new Upload("quyet-dinh.pdf", "application/pdf", new ByteArrayInputStream(pdf(summary))),
                        List.of()));
        as("chuyenvien.hoankiem", () -> {
            drafts.addRecipient(outgoingId, hongBang, null, null);
            drafts.submit(outgoingId);
            return null;
        });
        as("lanhdao.hoankiem", () -> {
            drafts.decide(outgoingId, true, null);
            return null;
        });
        return outgoingId;
    }

    /** The document with that summary in Hồng Bàng's list of documents awaiting registration, once it is there. */
    IncomingListItem arrivedAtHongBang(String summary) {
        return await(
                () ->
                        as("vanthu.hongbang", () -> incoming.list(IncomingTab.RECEIVED, summary, null, 0, 10))
                                .items()
                                .stream()
                                .findFirst(),
                item -> true);
    }

    @Test
    void aReplacementTravelsAsTraceActionThreeAndArrives() {
        String first = "Về việc tổ chức hội nghị " + System.nanoTime();
        long replacedId = approvedForHongBang(first, null);
        OutgoingIssuing.Issued replaced = as("vanthu.hoankiem", () -> issuing.issue(replacedId));
        arrivedAtHongBang(first);

        String second = "Về việc tổ chức hội nghị (thay thế) " + System.nanoTime();
        long replacementId = approvedForHongBang(second, replacedId);
        OutgoingIssuing.Issued replacement = as("vanthu.hoankiem", () -> issuing.issue(replacementId));

        IncomingListItem arrived = arrivedAtHongBang(second);
        assertThat(arrived.numberSymbol()).isEqualTo(replacement.numberSymbol());
        String documentId = DemoAgencies.HOAN_KIEM + ","
                + replacement.issuedDate().toString().replace('-', '/') + "," + replacement.numberSymbol();
        assertThat(exchangeLog.search(new ExchangeLog.Filter(ExchangeLog.OUT, "edoc", null, null, documentId), 0, 10))
                .extracting(ExchangeLog.Entry::action, ExchangeLog.Entry::status)
                .contains(tuple("REPLACE", "DELIVERED"));
        assertThat(replaced.numberSymbol()).isNotEqualTo(replacement.numberSymbol());
    }

    RegisterCommand register(IncomingView v) {
        return new RegisterCommand(
                false,
                v.urgency(),
                v.documentDate(),
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

    void awaitRecipientStatus(long outgoingId, String code) {
        OutgoingView.RecipientView recipient = await(
                () -> as("vanthu.hoankiem", () -> outgoing.view(outgoingId)).recipients().stream()
                        .filter(r -> DemoAgencies.HONG_BANG.equals(r.organisationCode()))
                        .findFirst(),
                r -> code.equals(r.statusCode()));
        assertThat(recipient.statusCode()).isEqualTo(code);
    }

    <T> T await(Supplier<Optional<T>> probe, Predicate<T> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<T> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (last.isPresent() && wanted.test(last.get())) {
                return last.get();
            }
            dispatcher.dispatchDue();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not reached in " + WAIT + "; last seen " + last);
    }

    <T> T as(String username, Supplier<T> action) {
        return ExchangeTesting.as(accounts, username, action);
    }

    /** A one-page A4 PDF with the text, its top margin free for the number. */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (InputStream in =
                    DocumentExchangeTest.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
                font = PDType0Font.load(document, in);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 13);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
