package vn.civic.document.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.document.search.SearchTesting.as;
import static vn.civic.document.search.SearchTesting.clerk;
import static vn.civic.document.search.SearchTesting.entry;
import static vn.civic.document.search.SearchTesting.id;
import static vn.civic.document.search.SearchTesting.person;
import static vn.civic.document.search.SearchTesting.uniqueWord;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentIndex;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypes;
import vn.civic.platform.security.Privilege;

/**
 * The same search on H2, the demo's embedded database (no text index: regular expressions over the folded text). The
 * configuration is {@code H2ApplicationTest}'s, so both share one application context.
 */
@Tag("h2")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:civic-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
        })
@ActiveProfiles({"test", "demo"})
class DocumentSearchH2Test {

    @Autowired
    DocumentIndex index;

    @Autowired
    DocumentAccess access;

    @Autowired
    DocumentSearch search;

    @Autowired
    DocumentTypes types;

    @Test
    void wordsFiltersAndVisibilityWorkOnH2() {
        long agency = id();
        String word = uniqueWord();
        long named = id();
        DocumentIndexEntry decision = entry(
                DocumentKind.INCOMING,
                agency,
                false,
                "Quyết định mở rộng Đường Láng " + word,
                "Sở Giao thông vận tải",
                LocalDate.of(2026, 11, 2));
        DocumentIndexEntry secret = SearchTesting.withFile(
                entry(DocumentKind.OUTGOING, agency, true, "Báo cáo mật", "UBND", LocalDate.of(2026, 11, 3)),
                "bao-cao.pdf",
                SearchTesting.pdf("Quyết định về đường Láng " + word));
        index.index(decision);
        index.index(secret);
        access.grant(DocumentKind.OUTGOING, secret.documentId(), named, AccessReason.NAMED);

        SearchResults clerkSees = as(
                clerk(agency),
                () -> search.search(SearchQuery.text("quyet dinh duong lang " + word), true),
                Privilege.DOCUMENT_REGISTER);
        assertThat(clerkSees.hits()).extracting(SearchHit::documentId).containsExactly(decision.documentId());
        assertThat(clerkSees.total()).isEqualTo(1);

        SearchResults namedSees = as(
                person(named, id()),
                () -> search.search(SearchQuery.text("\"duong lang\" " + word), true),
                Privilege.DOCUMENT_HANDLE);
        assertThat(namedSees.hits()).extracting(SearchHit::documentId).containsExactly(secret.documentId());
        assertThat(namedSees.hits().getFirst().excerpt()).contains("duong lang");

        SearchParameters bySender = new SearchParameters(
                word, null, null, "2026-11-01", null, "giao thong", null, null, null, "RELEVANCE", null, null);
        assertThat(as(clerk(agency), () -> search.search(bySender.toQuery(types), false), Privilege.DOCUMENT_REGISTER)
                        .hits())
                .extracting(SearchHit::documentId)
                .containsExactly(decision.documentId());
    }
}
