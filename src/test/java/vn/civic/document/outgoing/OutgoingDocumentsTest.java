package vn.civic.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.document.outgoing.OutgoingTesting.ADMIN;
import static vn.civic.document.outgoing.OutgoingTesting.CLERK;
import static vn.civic.document.outgoing.OutgoingTesting.DRAFTER;
import static vn.civic.document.outgoing.OutgoingTesting.LEADER;
import static vn.civic.document.outgoing.OutgoingTesting.OTHER_CLERK;
import static vn.civic.document.outgoing.OutgoingTesting.as;
import static vn.civic.document.outgoing.OutgoingTesting.pdf;
import static vn.civic.document.outgoing.OutgoingTesting.run;
import static vn.civic.document.outgoing.OutgoingTesting.upload;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.document.DocumentError;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentNumbers;
import vn.civic.document.ExchangeStatus;
import vn.civic.document.IssuedDocument;
import vn.civic.document.OutgoingDocumentIssued;
import vn.civic.document.OutgoingDocumentRecalled;
import vn.civic.document.OutgoingExchange;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Privilege;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.ValidationReport;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

@CivicTest
@RecordApplicationEvents
class OutgoingDocumentsTest {

    @Autowired
    ApplicationEvents events;

    private static final String HONG_BANG = "000.01.31.H31";

    @Autowired
    OutgoingDrafts drafts;

    @Autowired
    OutgoingIssuing issuing;

    @Autowired
    OutgoingQueries queries;

    @Autowired
    OutgoingExchange exchange;

    @Autowired
    WorkflowConfiguration workflow;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    SignatureValidation validation;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestClock clock;

    private static final AtomicInteger SEQ = new AtomicInteger();

    private long agency() {
        return accounts.findByUsername(DRAFTER).orElseThrow().agencyId();
    }

    private long draft(String drafter, String type, boolean confidential, Privilege... extra) {
        String summary = "Dự thảo thử nghiệm " + type + " " + SEQ.incrementAndGet() + " " + System.nanoTime();
        return as(
                accounts,
                drafter,
                () -> drafts.create(
                        new DraftCommand(type, summary, confidential, Urgency.NORMAL, null, null, null),
                        upload("du-thao.pdf", pdf("Quyết định về việc thử nghiệm " + summary)),
                        List.of()),
                extra);
    }

    private void recipients(long id, String who) {
        long other = org.findAgencyByCode(HONG_BANG).orElseThrow().id();
        run(accounts, who, () -> {
            drafts.addRecipient(id, other, null, null);
            drafts.addRecipient(id, null, "000.00.00.G22", "Văn phòng Chính phủ");
        });
    }

    /** A draft of the type submitted and approved by the leader with the default step, recipients named. */
    private long approved(String type, boolean confidential) {
        long id = draft(DRAFTER, type, confidential);
        recipients(id, DRAFTER);
        if (confidential) {
            // a confidential draft reaches those named on it only
            run(accounts, DRAFTER, () -> drafts.consult(id, List.of(leaderId(), clerkId()), today().plusDays(1)));
        }
        run(accounts, DRAFTER, () -> drafts.submit(id));
        run(accounts, LEADER, () -> drafts.decide(id, true, null));
        return id;
    }

    private long leaderId() {
        return accounts.findByUsername(LEADER).orElseThrow().id();
    }

    private long clerkId() {
        return accounts.findByUsername(CLERK).orElseThrow().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private byte[] signedFile(long id) {
        OutgoingView view = as(accounts, CLERK, () -> queries.view(id));
        var signed = view.mainFile();
        assertThat(signed.role()).isEqualTo(FileRole.SIGNED);
        return as(accounts, CLERK, () -> {
            try (InputStream in = queries.file(id, signed.id()).content()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void consultationAndApprovalKeepEveryVersion() {
        long id = draft(DRAFTER, "TB", false);
        run(accounts, DRAFTER, () -> drafts.consult(id, List.of(clerkId()), today().plusDays(2)));
        assertThat(as(accounts, CLERK, () -> queries.toConsult()))
                .extracting(OutgoingListItem::id)
                .contains(id);
        run(accounts, CLERK, () -> drafts.answer(id, OutgoingDrafts.Answer.AGREE, "Nhất trí"));
        assertThatThrownBy(() -> run(accounts, CLERK, () -> drafts.answer(id, OutgoingDrafts.Answer.AGREE, null)))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.CONSULTATION_CLOSED));
        run(accounts, DRAFTER, () -> drafts.upload(id, FileRole.MAIN, upload("du-thao-v2.pdf", pdf("Bản 2"))));

        OutgoingView seen = as(accounts, DRAFTER, () -> queries.view(id));
        assertThat(seen.status()).isEqualTo(OutgoingStatus.IN_CONSULTATION);
        assertThat(seen.consultations()).singleElement().satisfies(c -> {
            assertThat(c.answer()).isEqualTo("AGREE");
            assertThat(c.comment()).isEqualTo("Nhất trí");
        });

        run(accounts, DRAFTER, () -> drafts.submit(id));
        assertThat(as(accounts, DRAFTER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.IN_APPROVAL);
        assertThatThrownBy(() -> run(accounts, LEADER, () -> drafts.decide(id, false, " ")))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.COMMENT_REQUIRED));
        run(accounts, LEADER, () -> drafts.decide(id, false, "Sửa lại căn cứ pháp lý"));
        assertThat(as(accounts, DRAFTER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.DRAFT);
        run(accounts, DRAFTER, () -> drafts.upload(id, FileRole.MAIN, upload("du-thao-v3.pdf", pdf("Bản 3"))));
        run(accounts, DRAFTER, () -> drafts.submit(id));
        run(accounts, LEADER, () -> drafts.decide(id, true, "Đồng ý"));

        OutgoingView approved = as(accounts, DRAFTER, () -> queries.view(id));
        assertThat(approved.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(approved.signerName())
                .isEqualTo(accounts.findByUsername(LEADER).orElseThrow().fullName());
        assertThat(approved.files())
                .extracting(OutgoingView.FileView::versionNumber)
                .containsExactly(1, 2, 3);
        assertThat(approved.files())
                .filteredOn(OutgoingView.FileView::current)
                .extracting(OutgoingView.FileView::fileName)
                .containsExactly("du-thao-v3.pdf");
        assertThat(approved.decisions())
                .extracting(OutgoingView.DecisionView::decision)
                .containsExactly("SENT_BACK", "APPROVED");
        assertThat(approved.decisions().getFirst().comment()).isEqualTo("Sửa lại căn cứ pháp lý");
    }

    @Test
    void issuedDocumentCarriesItsNumberAndTwoValidSignatures() throws IOException {
        long id = approved("QD", false);
        OutgoingIssuing.Issued issued = as(accounts, CLERK, () -> issuing.issue(id));

        assertThat(issued.numberSymbol()).matches("\\d{2,}/QĐ-UBND");
        byte[] signed = signedFile(id);
        ValidationReport report = validation.validate(signed);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).hasSize(2).allMatch(ValidationReport.SignatureReport::valid);
        assertThat(report.signatures().getFirst().signerName())
                .isEqualTo(accounts.findByUsername(LEADER).orElseThrow().fullName());
        assertThat(text(signed)).contains("Số: " + issued.numberSymbol()).contains("Hà Nội, ngày");

        OutgoingView view = as(accounts, CLERK, () -> queries.view(id));
        assertThat(view.status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(view.numberSymbol()).isEqualTo(issued.numberSymbol());
        assertThat(view.issuedDate()).isEqualTo(today());
        assertThat(jdbc.sql("select count(*) from document_index where document_kind = 'OUTGOING' and document_id = ?"
                                + " and number_symbol = ?")
                        .params(id, issued.numberSymbol())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRegisterEntryKeepsTheCopiesAndTheFileCopyKeeperAndABadCountTakesNoNumber() {
        long id = approved("QD", false);
        int year = today().getYear();
        long before = numbers.last(DocumentKind.OUTGOING, agency(), year, false);

        assertThatThrownBy(() ->
                        run(accounts, CLERK, () -> issuing.issue(id, new OutgoingIssuing.IssueDetails(0, null))))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.COPIES_INVALID));
        assertThat(as(accounts, CLERK, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(numbers.last(DocumentKind.OUTGOING, agency(), year, false)).isEqualTo(before);

        as(accounts, CLERK, () -> issuing.issue(id, new OutgoingIssuing.IssueDetails(3, "VT, Phòng Kinh tế")));
        assertThat(jdbc.sql("select copies, file_copy_keeper from outgoing_document where id = ?")
                        .param(id)
                        .query((rs, n) -> rs.getInt(1) + " | " + rs.getString(2))
                        .single())
                .isEqualTo("3 | VT, Phòng Kinh tế");

        long other = approved("QD", false);
        as(accounts, CLERK, () -> issuing.issue(other));
        assertThat(jdbc.sql("select file_copy_keeper from outgoing_document where id = ?")
                        .param(other)
                        .query(String.class)
                        .single())
                .startsWith("VT");
    }

    @Test
    void outgoingExchangeReadsTheIssuedDocumentAndRecordsStatuses() {
        long id = approved("QD", false);
        OutgoingIssuing.Issued issued = as(accounts, CLERK, () -> issuing.issue(id));

        assertThat(events.stream(OutgoingDocumentIssued.class))
                .containsExactly(new OutgoingDocumentIssued(id, agency()));
        IssuedDocument document = exchange.issued(id);
        assertThat(document.numberSymbol()).isEqualTo(issued.numberSymbol());
        assertThat(document.notation()).isEqualTo("QĐ-UBND");
        assertThat(document.number()).isEqualTo(issued.number());
        assertThat(document.place()).isEqualTo("Hà Nội");
        assertThat(document.files().getFirst().contentType()).isEqualTo("application/pdf");
        assertThat(validation.validate(document.files().getFirst().content()).valid())
                .isTrue();
        assertThat(document.recipients())
                .extracting(IssuedDocument.Recipient::organisationCode)
                .containsExactly(HONG_BANG, "000.00.00.G22");
        assertThat(document.recipients().getFirst().agencyId()).isNotNull();
        assertThat(document.recipients().getLast().agencyId()).isNull();

        assertThat(exchange.findIssued(document.agencyId(), issued.numberSymbol(), issued.issuedDate()))
                .contains(id);
        assertThat(exchange.findIssued(
                        document.agencyId(),
                        issued.numberSymbol(),
                        issued.issuedDate().minusDays(1)))
                .isEmpty();

        Instant at = Instant.parse("2026-12-01T03:00:00Z");
        exchange.recordStatus(id, "000.00.00.G22", ExchangeStatus.ACCEPTED, "Đã vào sổ", "Nguyễn Văn A", at);
        OutgoingView view = as(accounts, CLERK, () -> queries.view(id));
        assertThat(view.recipients())
                .filteredOn(r -> "000.00.00.G22".equals(r.organisationCode()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.statusCode()).isEqualTo("03");
                    assertThat(r.statusDescription()).isEqualTo("Đã vào sổ");
                    assertThat(r.statusAt()).isEqualTo(at);
                });
        // only G22's line: Hồng Bàng, a recipient on this platform, answers "01 arrived" through the exchange meanwhile
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'outgoing.recipient_status'"
                                + " and object_id = ? and summary_after like '000.00.00.G22 %'")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> exchange.recordStatus(id, "999.99.99.X99", ExchangeStatus.ARRIVED, null, null, at))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void letterSymbolCarriesTheDraftingDepartmentsCode() {
        // the administrator of Hoàn Kiếm works in the office (VP): a letter of theirs is 45/UBND-VP
        long id = draft(ADMIN, "CV", false, Privilege.DOCUMENT_HANDLE);
        recipients(id, ADMIN);
        run(accounts, ADMIN, () -> drafts.submit(id));
        run(accounts, LEADER, () -> drafts.decide(id, true, null));
        OutgoingIssuing.Issued issued = as(accounts, CLERK, () -> issuing.issue(id));
        assertThat(issued.numberSymbol()).matches("\\d{2,}/UBND-VP");
    }

    @Test
    void numbersRestartOnFirstJanuaryAndConfidentialDocumentsHaveTheirOwnSeries() {
        long first = approved("QD", false);
        long second = approved("QD", false);
        long third = approved("QD", false);
        long secret = approved("QD", true);
        try {
            clock.travelTo(ZonedDateTime.parse("2024-12-31T23:59:50+07:00[Asia/Ho_Chi_Minh]"));
            OutgoingIssuing.Issued lastOfYear = as(accounts, CLERK, () -> issuing.issue(first));
            clock.travelTo(ZonedDateTime.parse("2025-01-01T00:00:05+07:00[Asia/Ho_Chi_Minh]"));
            OutgoingIssuing.Issued newYear = as(accounts, CLERK, () -> issuing.issue(second));
            OutgoingIssuing.Issued confidential = as(accounts, CLERK, () -> issuing.issue(secret));
            OutgoingIssuing.Issued next = as(accounts, CLERK, () -> issuing.issue(third));

            assertThat(lastOfYear.numberSymbol()).isEqualTo("01/QĐ-UBND");
            assertThat(lastOfYear.issuedDate()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(newYear.numberSymbol()).isEqualTo("01/QĐ-UBND");
            assertThat(newYear.issuedDate()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(confidential.numberSymbol()).isEqualTo("01/QĐ-UBND");
            assertThat(next.numberSymbol()).isEqualTo("02/QĐ-UBND");
            assertThat(numbers.last(DocumentKind.OUTGOING, agency(), 2025, false))
                    .isEqualTo(2);
            assertThat(numbers.last(DocumentKind.OUTGOING, agency(), 2025, true))
                    .isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void numbersAreUniqueAndGaplessUnderConcurrentIssuing() throws Exception {
        int threads = 8;
        int perThread = 20;
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) {
            ready.add(approved("TB", false));
        }
        int year = today().getYear();
        long before = numbers.last(DocumentKind.OUTGOING, agency(), year, false);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger rolledBack = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Long> mine = ready.subList(t * perThread, (t + 1) * perThread);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < mine.size(); i++) {
                        long id = mine.get(i);
                        boolean abandon = i % 5 == 2; // a clerk's transaction that fails after taking a number
                        Long number = as(
                                accounts,
                                CLERK,
                                () -> tx.execute(status -> {
                                    OutgoingIssuing.Issued issued = issuing.issue(id);
                                    if (abandon) {
                                        status.setRollbackOnly();
                                        return null;
                                    }
                                    return issued.number();
                                }));
                        if (number == null) {
                            rolledBack.incrementAndGet();
                        } else {
                            committed.add(number);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rolledBack.get()).isPositive();
        assertThat(committed).doesNotHaveDuplicates();
        long n = committed.size();
        assertThat(new TreeSet<>(committed))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(before + 1, before + n).boxed().toList());
        assertThat(numbers.last(DocumentKind.OUTGOING, agency(), year, false)).isEqualTo(before + n);
        Set<Long> stored = new TreeSet<>(jdbc.sql("select outgoing_number from outgoing_document where agency_id = ?"
                        + " and register_year = ? and confidential = false and outgoing_number > ?")
                .params(agency(), year, before)
                .query(Long.class)
                .list());
        assertThat(stored).containsExactlyElementsOf(new TreeSet<>(committed));
        // the abandoned ones are still approved, without a number or a signed file
        long unissued = ready.stream()
                .filter(id -> as(accounts, CLERK, () -> queries.view(id)).status() == OutgoingStatus.APPROVED)
                .count();
        assertThat(unissued).isEqualTo(rolledBack.get());
    }

    @Test
    void aNumberCollisionIsRefusedAndNothingIsHalfWritten() {
        long id = approved("QD", false);
        long rogue = draft(DRAFTER, "QD", false);
        try {
            clock.travelTo(ZonedDateTime.parse("2023-06-01T09:00:00+07:00[Asia/Ho_Chi_Minh]"));
            // a number written into the register behind the counter's back
            jdbc.sql("update outgoing_document set register_year = 2023, outgoing_number = 1 where id = ?")
                    .param(rogue)
                    .update();
            assertThatThrownBy(() -> run(accounts, CLERK, () -> issuing.issue(id)))
                    .isInstanceOfSatisfying(
                            CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(DocumentError.NUMBER_TAKEN));
            OutgoingView view = as(accounts, CLERK, () -> queries.view(id));
            assertThat(view.status()).isEqualTo(OutgoingStatus.APPROVED);
            assertThat(view.numberSymbol()).isNull();
            assertThat(view.files()).noneMatch(f -> f.role() == FileRole.SIGNED);
            assertThat(numbers.last(DocumentKind.OUTGOING, agency(), 2023, false))
                    .isZero();
        } finally {
            clock.reset();
            jdbc.sql("update outgoing_document set register_year = null, outgoing_number = null where id = ?")
                    .param(rogue)
                    .update();
        }
    }

    @Test
    void anUnsupportedFileIsRefusedAndNoDraftIsStored() {
        long before = jdbc.sql("select count(*) from outgoing_document")
                .query(Long.class)
                .single();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> as(
                        accounts,
                        DRAFTER,
                        () -> drafts.create(
                                new DraftCommand("QD", "Ảnh thay vì PDF", false, Urgency.NORMAL, null, null, null),
                                upload("anh.png", png),
                                List.of())))
                .isInstanceOfSatisfying(CivicException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(OutgoingError.FILE_TYPE_UNSUPPORTED);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("main");
                });
        assertThatThrownBy(() -> as(
                        accounts,
                        DRAFTER,
                        () -> drafts.create(
                                new DraftCommand("QD", "Giả PDF", false, Urgency.NORMAL, null, null, null),
                                upload("gia.pdf", "not a pdf at all".getBytes()),
                                List.of())))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.FILE_TYPE_UNSUPPORTED));
        assertThat(jdbc.sql("select count(*) from outgoing_document")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aSignerWithoutACertificateCannotApproveAndIssuingWithoutRecipientsTakesNoNumber() {
        long id = draft(DRAFTER, "QD", false);
        run(accounts, DRAFTER, () -> drafts.submit(id));
        // the officer has no signing key: given the privilege, their approval is still refused
        assertThatThrownBy(
                        () -> run(accounts, DRAFTER, () -> drafts.decide(id, true, null), Privilege.DOCUMENT_APPROVE))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.SIGNER_KEY_MISSING));
        assertThat(as(accounts, DRAFTER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.IN_APPROVAL);

        run(accounts, LEADER, () -> drafts.decide(id, true, null));
        int year = today().getYear();
        long before = numbers.last(DocumentKind.OUTGOING, agency(), year, false);
        assertThatThrownBy(() -> run(accounts, CLERK, () -> issuing.issue(id)))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.RECIPIENTS_MISSING));
        assertThat(numbers.last(DocumentKind.OUTGOING, agency(), year, false)).isEqualTo(before);
        // a step taken by someone without its privilege
        long other = draft(DRAFTER, "QD", false);
        run(accounts, DRAFTER, () -> drafts.submit(other));
        assertThatThrownBy(() -> run(accounts, CLERK, () -> drafts.decide(other, true, null)))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.STEP_NOT_YOURS));
    }

    @Test
    void confidentialDraftsAreReadOnlyByThoseNamed() {
        long secret = draft(DRAFTER, "QD", true);
        assertThatThrownBy(() -> as(accounts, CLERK, () -> queries.view(secret)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(accounts, LEADER, () -> queries.view(secret)))
                .isInstanceOf(NotFoundException.class);
        run(accounts, DRAFTER, () -> drafts.consult(secret, List.of(clerkId()), today()));
        assertThat(as(accounts, CLERK, () -> queries.view(secret)).myReasons())
                .containsExactly(vn.civic.document.AccessReason.CONSULTED);
        assertThatThrownBy(() -> as(accounts, LEADER, () -> queries.view(secret)))
                .isInstanceOf(NotFoundException.class);

        long open = draft(DRAFTER, "QD", false);
        assertThat(as(accounts, LEADER, () -> queries.view(open)).summary()).startsWith("Dự thảo thử nghiệm");
        assertThatThrownBy(() -> as(accounts, OTHER_CLERK, () -> queries.view(open)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void configuredStepsApplyAndOnlyTheAdministratorsScopeIsManaged() {
        long hoanKiem = agency();
        run(
                accounts,
                ADMIN,
                () -> workflow.replace(
                        hoanKiem,
                        "KH",
                        List.of(
                                new WorkflowStep(1, WorkflowStep.Kind.REVIEW, Privilege.DOCUMENT_ASSIGN),
                                new WorkflowStep(2, WorkflowStep.Kind.APPROVE, Privilege.DOCUMENT_APPROVE))));
        long hongBang = org.findAgencyByCode(HONG_BANG).orElseThrow().id();
        assertThatThrownBy(() -> run(accounts, ADMIN, () -> workflow.replace(hongBang, "KH", List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(
                        accounts,
                        ADMIN,
                        () -> workflow.replace(
                                hoanKiem,
                                "BC",
                                List.of(new WorkflowStep(1, WorkflowStep.Kind.REVIEW, Privilege.DOCUMENT_ASSIGN)))))
                .isInstanceOfSatisfying(
                        CivicException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.STEP_PRIVILEGE_INVALID));

        long id = draft(DRAFTER, "KH", false);
        run(accounts, DRAFTER, () -> drafts.submit(id));
        assertThat(as(accounts, LEADER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertThat(as(accounts, LEADER, () -> queries.toDecide()))
                .extracting(OutgoingListItem::id)
                .contains(id);
        run(accounts, LEADER, () -> drafts.decide(id, true, "Đã thẩm định"));
        assertThat(as(accounts, LEADER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.IN_APPROVAL);
        run(accounts, LEADER, () -> drafts.decide(id, true, null));
        assertThat(as(accounts, LEADER, () -> queries.view(id)).status()).isEqualTo(OutgoingStatus.APPROVED);
        // other types keep the default: one approval
        long plain = draft(DRAFTER, "BC", false);
        run(accounts, DRAFTER, () -> drafts.submit(plain));
        assertThat(as(accounts, LEADER, () -> queries.view(plain)).status()).isEqualTo(OutgoingStatus.IN_APPROVAL);
        run(accounts, ADMIN, () -> workflow.replace(hoanKiem, "KH", List.of()));
    }

    @Test
    void aRecalledDocumentCanBeReplaced() {
        long id = approved("QD", false);
        OutgoingIssuing.Issued issued = as(accounts, CLERK, () -> issuing.issue(id));
        assertThatThrownBy(() -> run(accounts, CLERK, () -> issuing.recall(id, " ")))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(OutgoingError.FIELD_REQUIRED));
        run(accounts, CLERK, () -> issuing.recall(id, "Sai căn cứ"));
        assertThat(events.stream(OutgoingDocumentRecalled.class))
                .containsExactly(new OutgoingDocumentRecalled(id, agency(), false, "Sai căn cứ"));
        OutgoingView recalled = as(accounts, CLERK, () -> queries.view(id));
        assertThat(recalled.status()).isEqualTo(OutgoingStatus.RECALLED);
        assertThat(recalled.recallReason()).isEqualTo("Sai căn cứ");

        long replacement = as(
                accounts,
                DRAFTER,
                () -> drafts.create(
                        new DraftCommand(
                                "QD", "Thay thế " + issued.numberSymbol(), false, Urgency.NORMAL, null, null, id),
                        upload("thay-the.pdf", pdf("Thay thế")),
                        List.of()));
        recipients(replacement, DRAFTER);
        run(accounts, DRAFTER, () -> drafts.submit(replacement));
        run(accounts, LEADER, () -> drafts.decide(replacement, true, null));
        as(accounts, CLERK, () -> issuing.issue(replacement));
        assertThat(exchange.issued(replacement).replacesDocumentId()).isEqualTo(id);
        assertThat(as(accounts, CLERK, () -> queries.view(replacement)).replacesNumberSymbol())
                .isEqualTo(issued.numberSymbol());
    }
}
