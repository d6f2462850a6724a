package vn.civic.document.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.document.search.SearchTesting.as;
import static vn.civic.document.search.SearchTesting.clerk;
import static vn.civic.document.search.SearchTesting.entry;
import static vn.civic.document.search.SearchTesting.id;
import static vn.civic.document.search.SearchTesting.person;
import static vn.civic.document.search.SearchTesting.uniqueWord;
import static vn.civic.document.search.SearchTesting.with;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentIndex;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors.TestActor;
import vn.civic.test.TestClock;

/** The search on PostgreSQL's text index: words without diacritics, PDF text, filters, and who sees what. */
@CivicTest
class DocumentSearchTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    DocumentIndex index;

    @Autowired
    DocumentAccess access;

    @Autowired
    DocumentSearch search;

    @Autowired
    DocumentTypes types;

    @Autowired
    TestClock clock;

    List<Long> found(TestActor actor, String text, Privilege... privileges) {
        return as(actor, () -> search.search(SearchQuery.text(text), false), privileges).hits().stream()
                .map(SearchHit::documentId)
                .toList();
    }

    SearchResults results(TestActor actor, SearchParameters parameters, Privilege... privileges) {
        return as(actor, () -> search.search(parameters.toQuery(types), true), privileges);
    }

    static SearchParameters q(String q) {
        return new SearchParameters(q, null, null, null, null, null, null, null, null, null, null, null);
    }

    DocumentIndexEntry indexed(DocumentIndexEntry e) {
        index.index(e);
        return e;
    }

    @Test
    void wordsWithoutDiacriticsFindTheVietnameseText() {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry decision = indexed(entry(
                DocumentKind.INCOMING,
                agency,
                false,
                "Quyết định về việc mở rộng Đường Láng " + word,
                "Sở Giao thông vận tải",
                DAY));
        DocumentIndexEntry other =
                indexed(entry(DocumentKind.INCOMING, agency, false, "Kế hoạch định kỳ " + word, "Sở Nội vụ", DAY));
        TestActor clerk = clerk(agency);

        assertThat(found(clerk, "quyet dinh " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(decision.documentId());
        assertThat(found(clerk, "duong " + word, Privilege.DOCUMENT_REGISTER)).containsExactly(decision.documentId());
        assertThat(found(clerk, "ĐƯỜNG LÁNG " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(decision.documentId());
        assertThat(found(clerk, "dinh " + word, Privilege.DOCUMENT_REGISTER))
                .as("every word must match, anywhere")
                .containsExactlyInAnyOrder(decision.documentId(), other.documentId());
        assertThat(found(clerk, word + " quye", Privilege.DOCUMENT_REGISTER))
                .as("the last word is also the start of a word")
                .containsExactly(decision.documentId());
        assertThat(found(clerk, "\"dinh quyet\" " + word, Privilege.DOCUMENT_REGISTER))
                .as("a quoted phrase keeps its order")
                .isEmpty();
        assertThat(found(clerk, "\"quyết định\" " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(decision.documentId());
        assertThat(found(clerk, "quyet dinh benh " + word + " ", Privilege.DOCUMENT_REGISTER))
                .as("a word that is not there finds nothing")
                .isEmpty();
    }

    @Test
    void aNumberAndSymbolIsFoundAsTyped() {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry decision = indexed(with(
                entry(DocumentKind.OUTGOING, agency, false, "Về việc " + word, "UBND phường", DAY),
                "QD",
                "ISSUED",
                "12/QĐ-UBND",
                null));
        indexed(with(
                entry(DocumentKind.OUTGOING, agency, false, "Về việc 12 " + word, "UBND phường", DAY),
                "QD",
                "ISSUED",
                "13/QĐ-UBND",
                null));

        assertThat(found(clerk(agency), "12/QĐ-UBND " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(decision.documentId());
    }

    @Test
    void aCodeIsFoundInsideLongerTextWhileTypingAndOnlyWhereTheCallerMayRead() {
        long agency = id();
        long number = 100_000 + id() % 800_000;
        String code = number + "/QĐ-UBND";
        String word = uniqueWord();
        DocumentIndexEntry decision = indexed(with(
                entry(DocumentKind.OUTGOING, agency, false, "Về việc " + word, "UBND phường", DAY),
                "QD",
                "ISSUED",
                code,
                null));
        DocumentIndexEntry citing = indexed(
                entry(DocumentKind.INCOMING, agency, false, "Thực hiện Quyết định số:" + code, "Sở Xây dựng", DAY));
        indexed(with(
                entry(DocumentKind.OUTGOING, agency, false, "Về việc " + word, "UBND phường", DAY),
                "QD",
                "ISSUED",
                "1" + code,
                null));
        indexed(with(
                entry(DocumentKind.OUTGOING, id(), false, "Về việc " + word, "UBND phường", DAY),
                "QD",
                "ISSUED",
                code,
                null));
        long named = id();
        DocumentIndexEntry secret = indexed(with(
                entry(DocumentKind.OUTGOING, agency, true, "Văn bản mật", "UBND phường", DAY),
                "QD",
                "ISSUED",
                code,
                null));
        access.grant(DocumentKind.OUTGOING, secret.documentId(), named, AccessReason.NAMED);

        SearchResults clerkSees = results(clerk(agency), q(code + " "), Privilege.DOCUMENT_REGISTER);
        assertThat(ids(clerkSees))
                .as("the agency's documents with the code, also written inside a longer run; not 1" + code)
                .containsExactlyInAnyOrder(decision.documentId(), citing.documentId());
        assertThat(clerkSees.total()).isEqualTo(2);
        assertThat(ids(results(
                        clerk(agency),
                        new SearchParameters(
                                code, "INCOMING", null, null, null, null, null, null, null, null, null, null),
                        Privilege.DOCUMENT_REGISTER)))
                .as("with a filter")
                .containsExactly(citing.documentId());
        assertThat(found(clerk(agency), number + "/QĐ", Privilege.DOCUMENT_REGISTER))
                .as("while typing")
                .containsExactlyInAnyOrder(decision.documentId(), citing.documentId());
        assertThat(found(clerk(agency), code + " " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(decision.documentId());
        assertThat(found(person(named, id()), code, Privilege.DOCUMENT_HANDLE))
                .as("the confidential one, by the person named only")
                .containsExactly(secret.documentId());
    }

    @Test
    void textInsideAnAttachedPdfIsFound() {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry report = indexed(SearchTesting.withFile(
                entry(DocumentKind.INCOMING, agency, false, "Báo cáo tháng 11", "Ban quản lý dự án", DAY),
                "bao-cao.pdf",
                SearchTesting.pdf("Biên bản nghiệm thu công trình cầu Long Biên", "Mã hồ sơ " + word)));

        assertThat(found(clerk(agency), "nghiem thu cau long bien " + word, Privilege.DOCUMENT_REGISTER))
                .containsExactly(report.documentId());
    }

    @Test
    void aStatusChangeKeepsTheFilesTextWithoutReadingThemAndANewFileIsRead() {
        long agency = id();
        String word = uniqueWord();
        String other = uniqueWord();
        AtomicInteger reads = new AtomicInteger();
        byte[] first = SearchTesting.pdf("Biên bản kiểm tra " + word);
        DocumentIndexEntry registered = with(
                entry(DocumentKind.INCOMING, agency, false, "Biên bản", "Sở Xây dựng", DAY),
                "BB",
                "REGISTERED",
                null,
                null);
        index.index(withFiles(
                registered, new DocumentIndexEntry.IndexedFile("bien-ban.pdf", "application/pdf", "digest-1", () -> {
                    reads.incrementAndGet();
                    return first;
                })));
        index.index(withFiles(
                with(registered, "BB", "IN_PROGRESS", null, "Nguyễn Văn An"),
                new DocumentIndexEntry.IndexedFile("bien-ban.pdf", "application/pdf", "digest-1", () -> {
                    reads.incrementAndGet();
                    return first;
                })));

        assertThat(reads).as("the unchanged file is not read again").hasValue(1);
        assertThat(found(clerk(agency), "kiem tra " + word + " nguyen van an", Privilege.DOCUMENT_REGISTER))
                .containsExactly(registered.documentId());

        byte[] second = SearchTesting.pdf("Biên bản bổ sung " + other);
        index.index(withFiles(
                registered, new DocumentIndexEntry.IndexedFile("bien-ban-2.pdf", "application/pdf", "digest-2", () -> {
                    reads.incrementAndGet();
                    return second;
                })));
        assertThat(reads).as("a new file is read").hasValue(2);
        assertThat(found(clerk(agency), other, Privilege.DOCUMENT_REGISTER)).containsExactly(registered.documentId());
        assertThat(found(clerk(agency), word, Privilege.DOCUMENT_REGISTER)).isEmpty();
    }

    static DocumentIndexEntry withFiles(DocumentIndexEntry e, DocumentIndexEntry.IndexedFile... files) {
        return new DocumentIndexEntry(
                e.kind(),
                e.documentId(),
                e.agencyId(),
                e.confidential(),
                e.status(),
                e.typeCode(),
                e.numberSymbol(),
                e.registerNumber(),
                e.documentDate(),
                e.sender(),
                e.summary(),
                e.handlers(),
                List.of(files));
    }

    @Test
    void eachFilterNarrowsTheResults() {
        long agency = id();
        String word = uniqueWord();
        long handler = id();
        DocumentIndexEntry letter = indexed(with(
                entry(DocumentKind.INCOMING, agency, false, "Công văn " + word, "Sở Tài chính Hà Nội", DAY),
                "CV",
                "REGISTERED",
                "45/STC-NS",
                "Nguyễn Văn An"));
        DocumentIndexEntry plan = indexed(with(
                entry(DocumentKind.INCOMING, agency, false, "Kế hoạch " + word, "Sở Nội vụ", DAY.minusDays(40)),
                "KH",
                "ASSIGNED",
                "7/KH-SNV",
                "Trần Thị Bình"));
        DocumentIndexEntry issued = indexed(with(
                entry(DocumentKind.OUTGOING, agency, false, "Quyết định " + word, "UBND phường Hoàn Kiếm", DAY),
                "QD",
                "ISSUED",
                "3/QĐ-UBND",
                "Lê Minh Đức"));
        access.grant(DocumentKind.INCOMING, plan.documentId(), handler, AccessReason.LEAD);
        TestActor clerk = clerk(agency);

        assertThat(ids(results(clerk, q(word), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(issued.documentId(), letter.documentId(), plan.documentId());
        assertThat(ids(results(clerk, filter(word, "kind", "OUTGOING"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(issued.documentId());
        assertThat(ids(results(clerk, filter(word, "type", "KH"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(plan.documentId());
        assertThat(ids(results(clerk, filter(word, "from", DAY.minusDays(1).toString()), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(issued.documentId(), letter.documentId());
        assertThat(ids(results(clerk, filter(word, "to", DAY.minusDays(1).toString()), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(plan.documentId());
        assertThat(ids(results(clerk, filter(word, "sender", "tai chinh"), Privilege.DOCUMENT_REGISTER)))
                .as("the sender without diacritics")
                .containsExactly(letter.documentId());
        assertThat(ids(results(clerk, filter(word, "handler", "MINH ĐỨC"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(issued.documentId());
        assertThat(ids(results(clerk, filter(word, "handlerId", Long.toString(handler)), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(plan.documentId());
        assertThat(ids(results(clerk, filter(word, "status", "registered"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(letter.documentId());
        SearchResults all = results(clerk, filter(word, "size", "2"), Privilege.DOCUMENT_REGISTER);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.totalPages()).isEqualTo(2);
        assertThat(ids(results(clerk, filter(word, "page", "1", "size", "2"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(plan.documentId());
    }

    @Test
    void relevancePutsDocumentsWhoseSummaryHoldsTheWordsFirst() {
        long agency = id();
        String word = uniqueWord();
        DocumentIndexEntry older = indexed(
                entry(DocumentKind.INCOMING, agency, false, "Kế hoạch phòng cháy " + word, "Sở", DAY.minusDays(9)));
        DocumentIndexEntry newer = indexed(SearchTesting.withFile(
                entry(DocumentKind.INCOMING, agency, false, "Báo cáo tháng", "Sở", DAY),
                "bao-cao.pdf",
                SearchTesting.pdf("Nội dung phòng cháy " + word)));
        TestActor clerk = clerk(agency);

        assertThat(ids(results(clerk, filter(word + " phong chay", "sort", "RELEVANCE"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(older.documentId(), newer.documentId());
        assertThat(ids(results(clerk, filter(word + " phong chay"), Privilege.DOCUMENT_REGISTER)))
                .containsExactly(newer.documentId(), older.documentId());
    }

    @Test
    void nobodyOutsideTheAgencyOrNotNamedSeesADocument() {
        long agency = id();
        String word = uniqueWord();
        long namedAccount = id();
        long otherAccount = id();
        DocumentIndexEntry document =
                indexed(entry(DocumentKind.INCOMING, agency, false, "Thông báo " + word, "Sở Y tế", DAY));
        access.grant(DocumentKind.INCOMING, document.documentId(), namedAccount, AccessReason.CO_HANDLER);

        assertThat(found(clerk(agency), word, Privilege.DOCUMENT_REGISTER)).containsExactly(document.documentId());
        assertThat(found(person(id(), agency), word, Privilege.DOCUMENT_ASSIGN))
                .as("a leader of the agency")
                .containsExactly(document.documentId());
        assertThat(found(clerk(id()), word, Privilege.DOCUMENT_REGISTER))
                .as("a clerk of another agency")
                .isEmpty();
        assertThat(found(person(otherAccount, agency), word, Privilege.DOCUMENT_HANDLE))
                .as("an officer of the agency who is not named")
                .isEmpty();
        assertThat(found(person(namedAccount, id()), word, Privilege.DOCUMENT_HANDLE))
                .as("the person named, whatever their agency")
                .containsExactly(document.documentId());
    }

    @Test
    void aConfidentialDocumentIsFoundOnlyByThoseNamed() {
        long agency = id();
        String word = uniqueWord();
        long named = id();
        DocumentIndexEntry secret =
                indexed(entry(DocumentKind.INCOMING, agency, true, "Văn bản mật " + word, "Công an thành phố", DAY));
        DocumentIndexEntry open =
                indexed(entry(DocumentKind.INCOMING, agency, false, "Văn bản thường " + word, "Công an", DAY));
        access.grant(DocumentKind.INCOMING, secret.documentId(), named, AccessReason.NAMED);

        SearchResults clerkSees = results(clerk(agency), q(word), Privilege.DOCUMENT_REGISTER);
        assertThat(ids(clerkSees)).containsExactly(open.documentId());
        assertThat(clerkSees.total()).as("nor counted").isEqualTo(1);
        assertThat(ids(results(person(id(), agency), q(word), Privilege.DOCUMENT_ASSIGN, Privilege.DOCUMENT_REGISTER)))
                .as("a leader who is not named")
                .containsExactly(open.documentId());
        SearchResults namedSees = results(person(named, agency), q(word), Privilege.DOCUMENT_HANDLE);
        assertThat(ids(namedSees)).containsExactly(secret.documentId());
        assertThat(namedSees.total()).isEqualTo(1);
    }

    @Test
    void aClerkNamedOnADocumentSeesItOnceAndCountsItOnce() {
        long agency = id();
        String word = uniqueWord();
        long account = id();
        DocumentIndexEntry document =
                indexed(entry(DocumentKind.OUTGOING, agency, false, "Tờ trình " + word, "Văn phòng", DAY));
        access.grant(DocumentKind.OUTGOING, document.documentId(), account, AccessReason.DRAFTER);
        access.grant(DocumentKind.OUTGOING, document.documentId(), account, AccessReason.SIGNER);

        SearchResults results = results(person(account, agency), q(word), Privilege.DOCUMENT_REGISTER);
        assertThat(ids(results)).containsExactly(document.documentId());
        assertThat(results.total()).isEqualTo(1);
    }

    @Test
    void thePersonNamedPagesTheirDocumentsNewestFirstByTheDateTheyHaveNow() {
        long agency = id();
        String word = uniqueWord();
        long officer = id();
        List<DocumentIndexEntry> named = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            DocumentIndexEntry e =
                    entry(DocumentKind.INCOMING, agency, false, "Công văn " + word, "Sở", DAY.minusDays(i));
            if (i % 2 == 0) {
                index.index(e);
                access.grant(DocumentKind.INCOMING, e.documentId(), officer, AccessReason.CO_HANDLER);
            } else {
                // named before it is indexed, as a draft's drafter is
                access.grant(DocumentKind.INCOMING, e.documentId(), officer, AccessReason.CO_HANDLER);
                index.index(e);
            }
            named.add(e);
        }
        access.grant(DocumentKind.INCOMING, named.get(3).documentId(), officer, AccessReason.LEAD);
        // the oldest is dated again, after the newest: it now comes first
        DocumentIndexEntry oldest = named.getLast();
        index.index(new DocumentIndexEntry(
                oldest.kind(),
                oldest.documentId(),
                oldest.agencyId(),
                oldest.confidential(),
                oldest.status(),
                oldest.typeCode(),
                oldest.numberSymbol(),
                oldest.registerNumber(),
                DAY.plusDays(1),
                oldest.sender(),
                oldest.summary(),
                oldest.handlers(),
                oldest.files()));
        index.index(entry(DocumentKind.INCOMING, agency, false, "Công văn " + word, "Sở", DAY.plusDays(2)));

        SearchResults first = results(person(officer, agency), filter(word, "sort", "date"), Privilege.DOCUMENT_HANDLE);
        SearchResults second =
                results(person(officer, agency), filter(word, "sort", "date", "page", "1"), Privilege.DOCUMENT_HANDLE);

        List<Long> expected = new java.util.ArrayList<>();
        expected.add(oldest.documentId());
        named.subList(0, 23).forEach(e -> expected.add(e.documentId()));
        assertThat(first.total())
                .as("each once, the one not naming them not at all")
                .isEqualTo(24);
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 20));
        assertThat(ids(second)).containsExactlyElementsOf(expected.subList(20, 24));
    }

    @Test
    void theCountStopsAtTheCapAndPagesStopThere() {
        long agency = id();
        String word = uniqueWord();
        for (int i = 0; i <= DocumentSearch.COUNT_CAP; i++) {
            index.index(entry(DocumentKind.INCOMING, agency, false, "Giấy mời " + word, "Sở", DAY.minusDays(i)));
        }
        index.index(entry(DocumentKind.INCOMING, id(), false, "Giấy mời " + word, "Sở", DAY));

        SearchResults results = results(clerk(agency), q(word), Privilege.DOCUMENT_REGISTER);
        assertThat(results.total()).isEqualTo(DocumentSearch.COUNT_CAP);
        assertThat(results.moreThanTotal()).isTrue();
        assertThat(results.hits()).hasSize(20);
        assertThat(results.hits().getFirst().documentDate()).isEqualTo(DAY);
        assertThatThrownBy(() -> filter(word, "page", "50").toQuery(types))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("document_search_page_out_of_range"));
    }

    @Test
    void aCountOverTheCapIsKeptForAWhileAndOneUnderItNever() {
        long agency = id();
        String word = uniqueWord();
        List<DocumentIndexEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i <= DocumentSearch.COUNT_CAP; i++) {
            entries.add(indexed(entry(DocumentKind.OUTGOING, agency, false, "Kế hoạch " + word, "UBND", DAY)));
        }
        assertThat(results(clerk(agency), q(word), Privilege.DOCUMENT_REGISTER).moreThanTotal())
                .isTrue();
        index.remove(DocumentKind.OUTGOING, entries.get(0).documentId());
        index.remove(DocumentKind.OUTGOING, entries.get(1).documentId());

        SearchResults kept = results(clerk(agency), filter(word, "page", "1"), Privilege.DOCUMENT_REGISTER);
        assertThat(kept.moreThanTotal())
                .as("paging on within the time it is kept")
                .isTrue();
        assertThat(results(person(id(), agency), q(word), Privilege.DOCUMENT_REGISTER)
                        .moreThanTotal())
                .as("another reader is counted for themselves")
                .isFalse();
        try {
            clock.travelTo(java.time.ZonedDateTime.now(clock.getZone())
                    .plus(DocumentSearch.OVER_CAP_KEPT)
                    .plusMinutes(1));
            SearchResults counted = results(clerk(agency), q(word), Privilege.DOCUMENT_REGISTER);
            assertThat(counted.moreThanTotal()).isFalse();
            assertThat(counted.total()).isEqualTo(DocumentSearch.COUNT_CAP - 1);

            index.index(entry(DocumentKind.OUTGOING, agency, false, "Kế hoạch " + word, "UBND", DAY));
            assertThat(results(clerk(agency), q(word), Privilege.DOCUMENT_REGISTER)
                            .total())
                    .as("a count under the cap is never kept")
                    .isEqualTo(DocumentSearch.COUNT_CAP);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aPageBeyondTheResultsIsRejected() {
        long agency = id();
        String word = uniqueWord();
        index.index(entry(DocumentKind.INCOMING, agency, false, "Báo cáo " + word, "Sở", DAY));

        assertThatThrownBy(() -> results(clerk(agency), filter(word, "page", "1"), Privilege.DOCUMENT_REGISTER))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("document_search_page_out_of_range"));
    }

    static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::documentId).toList();
    }

    /** The word with filters given as name, value pairs. */
    static SearchParameters filter(String word, String... pairs) {
        java.util.Map<String, String> v = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            v.put(pairs[i], pairs[i + 1]);
        }
        return new SearchParameters(
                word,
                v.get("kind"),
                v.get("type"),
                v.get("from"),
                v.get("to"),
                v.get("sender"),
                v.get("handler"),
                v.get("handlerId"),
                v.get("status"),
                v.get("sort"),
                v.get("page"),
                v.get("size"));
    }
}
