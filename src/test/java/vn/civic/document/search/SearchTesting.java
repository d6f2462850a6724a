package vn.civic.document.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;

/**
 * Documents for search tests, written through the contract ({@code DocumentIndex.index}, {@code DocumentAccess.grant})
 * with ids, agencies and accounts of their own, and a word no other test uses, so tests share the database safely.
 */
final class SearchTesting {

    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));

    private SearchTesting() {}

    static long id() {
        return NEXT.incrementAndGet();
    }

    /** A word of letters only that no other document holds. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (long n = id(); n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    static DocumentIndexEntry entry(
            DocumentKind kind, long agencyId, boolean confidential, String summary, String sender, LocalDate date) {
        return new DocumentIndexEntry(
                kind,
                id(),
                agencyId,
                confidential,
                "REGISTERED",
                "CV",
                null,
                null,
                date,
                sender,
                summary,
                null,
                List.of());
    }

    static DocumentIndexEntry with(
            DocumentIndexEntry e, String typeCode, String status, String numberSymbol, String handlers) {
        return new DocumentIndexEntry(
                e.kind(),
                e.documentId(),
                e.agencyId(),
                e.confidential(),
                status,
                typeCode,
                numberSymbol,
                e.registerNumber(),
                e.documentDate(),
                e.sender(),
                e.summary(),
                handlers,
                e.files());
    }

    static DocumentIndexEntry withFile(DocumentIndexEntry e, String fileName, byte[] pdf) {
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
                List.of(new DocumentIndexEntry.IndexedFile(
                        fileName, "application/pdf", Integer.toHexString(java.util.Arrays.hashCode(pdf)), () -> pdf)));
    }

    /** A one-page PDF whose text is the given lines, in the platform's Vietnamese font. */
    static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument();
                InputStream font = SearchTesting.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font serif = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(serif, 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestActors.TestActor clerk(long agencyId) {
        return new TestActors.TestActor("test:clerk-" + agencyId, "Văn thư thử nghiệm", agencyId, "TEST");
    }

    static TestActors.TestActor person(long accountId, long agencyId) {
        return new TestActors.TestActor("account:" + accountId, "Chuyên viên thử nghiệm", agencyId, "TEST");
    }

    static <T> T as(TestActors.TestActor actor, Supplier<T> action, Privilege... privileges) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(actor, privileges));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
