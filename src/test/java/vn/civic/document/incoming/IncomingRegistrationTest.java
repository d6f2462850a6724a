package vn.civic.document.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.document.incoming.IncomingTesting.CLERK;
import static vn.civic.document.incoming.IncomingTesting.as;
import static vn.civic.document.incoming.IncomingTesting.command;
import static vn.civic.document.incoming.IncomingTesting.pdf;
import static vn.civic.document.incoming.IncomingTesting.uniqueSymbol;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentNumbers;
import vn.civic.identity.AccountDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/** Registering incoming documents: the register's numbers, and refusals that leave nothing written. */
@CivicTest
class IncomingRegistrationTest {

    @Autowired
    IncomingHandling handling;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    long agency() {
        return IncomingTesting.account(accounts, CLERK).agencyId();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    long numberOf(long id) {
        return jdbc.sql("select incoming_number from incoming_document where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    long register(String symbol, boolean confidential) {
        return as(
                accounts,
                CLERK,
                () -> handling.register(command(symbol, today(), confidential, List.of()), List.of(pdf())));
    }

    long documentsWith(String symbol) {
        return jdbc.sql("select count(*) from incoming_document where number_symbol = ?")
                .param(symbol)
                .query(Long.class)
                .single();
    }

    long files() {
        return jdbc.sql("select count(*) from incoming_document_file")
                .query(Long.class)
                .single();
    }

    @Test
    void numbersFollowEachOtherAndConfidentialDocumentsHaveTheirOwnSequence() {
        int year = today().getYear();
        long lastRegular = numbers.last(DocumentKind.INCOMING, agency(), year, false);
        long lastConfidential = numbers.last(DocumentKind.INCOMING, agency(), year, true);

        long first = register(uniqueSymbol(), false);
        long secret = register(uniqueSymbol(), true);
        long second = register(uniqueSymbol(), false);

        assertThat(numberOf(first)).isEqualTo(lastRegular + 1);
        assertThat(numberOf(second)).isEqualTo(lastRegular + 2);
        assertThat(numberOf(secret)).isEqualTo(lastConfidential + 1);
    }

    @Test
    void numbersRestartAtOneOnTheFirstOfJanuary() {
        try {
            clock.travelTo(ZonedDateTime.of(2031, 1, 2, 9, 0, 0, 0, CivicTime.ZONE));
            long id = register(uniqueSymbol(), false);
            assertThat(numberOf(id)).isEqualTo(1);
            assertThat(jdbc.sql("select register_year from incoming_document where id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2031);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anEntryWithoutItsRequiredFieldsIsRefusedAndNothingIsWritten() {
        int year = today().getYear();
        long last = numbers.last(DocumentKind.INCOMING, agency(), year, false);
        long filesBefore = files();
        String symbol = uniqueSymbol();
        RegisterCommand c = command(symbol, today(), false, List.of());
        RegisterCommand missing = new RegisterCommand(
                false,
                c.urgency(),
                c.receivedDate(),
                " ",
                symbol,
                null,
                c.typeCode(),
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());

        assertThatThrownBy(() -> as(accounts, CLERK, () -> handling.register(missing, List.of(pdf()))))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("author", "incoming_field_required"),
                                        org.assertj.core.groups.Tuple.tuple("documentDate", "incoming_field_required"),
                                        org.assertj.core.groups.Tuple.tuple("summary", "incoming_field_required")));

        assertThat(documentsWith(symbol)).isZero();
        assertThat(numbers.last(DocumentKind.INCOMING, agency(), year, false)).isEqualTo(last);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void theSameSendersNumberAndSymbolCannotBeRegisteredTwiceInAYear() {
        String symbol = uniqueSymbol();
        long first = register(symbol, false);
        long last = numbers.last(DocumentKind.INCOMING, agency(), today().getYear(), false);

        assertThatThrownBy(() -> register(symbol, false)).isInstanceOfSatisfying(CivicException.class, e -> {
            assertThat(e.errorCode().code()).isEqualTo("incoming_duplicate");
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("numberSymbol");
                assertThat(v.args()).contains(numberOf(first));
            });
        });

        assertThat(documentsWith(symbol)).isEqualTo(1);
        assertThat(numbers.last(DocumentKind.INCOMING, agency(), today().getYear(), false))
                .isEqualTo(last);
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedAndNothingIsWritten() {
        String symbol = uniqueSymbol();
        long filesBefore = files();
        long last = numbers.last(DocumentKind.INCOMING, agency(), today().getYear(), false);
        List<Upload> uploads = List.of(
                pdf(),
                new Upload("chuong-trinh.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1, 2, 3, 4, 5}),
                new Upload("gia-mao.docx", "application/pdf", IncomingTesting.PDF));

        assertThatThrownBy(() -> as(
                        accounts, CLERK, () -> handling.register(command(symbol, today(), false, List.of()), uploads)))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::code)
                                .containsExactly("incoming_file_unsupported", "incoming_file_unsupported"));

        assertThat(documentsWith(symbol)).isZero();
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(numbers.last(DocumentKind.INCOMING, agency(), today().getYear(), false))
                .isEqualTo(last);
    }

    @Test
    void scansAndWordDocumentsAreAcceptedByTheirContent() {
        String symbol = uniqueSymbol();
        long id = as(
                accounts,
                CLERK,
                () -> handling.register(
                        command(symbol, today(), false, List.of()),
                        List.of(
                                new Upload("du-thao.docx", null, IncomingTesting.docx()),
                                new Upload("ban-quet.png", "image/png", new byte[] {
                                    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13
                                }))));

        IncomingView view = as(accounts, CLERK, () -> handling.get(id));
        assertThat(view.files())
                .extracting(IncomingView.FileView::contentType)
                .containsExactly(IncomingFileStore.DOCX, "image/png");
        assertThat(view.status()).isEqualTo(IncomingStatus.REGISTERED);
    }
}
