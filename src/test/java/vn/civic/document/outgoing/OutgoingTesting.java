package vn.civic.document.outgoing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/** What the outgoing documents' tests share: demo staff acting, a real PDF to number and sign. */
final class OutgoingTesting {

    static final String DRAFTER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String CLERK = "vanthu.hoankiem";
    static final String ADMIN = "quantri.hoankiem";
    static final String OTHER_CLERK = "vanthu.hongbang";

    private OutgoingTesting() {}

    static TestActor actor(AccountDirectory accounts, String username) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        return new TestActor(a.actorId(), a.fullName(), a.agencyId(), null);
    }

    /** Runs the action as the demo account with its own privileges (and any extra ones). */
    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action, Privilege... extra) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        java.util.Set<Privilege> privileges = new java.util.HashSet<>(a.privileges());
        privileges.addAll(List.of(extra));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                TestActors.authentication(actor(accounts, username), privileges.toArray(Privilege[]::new)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(AccountDirectory accounts, String username, Runnable action, Privilege... extra) {
        as(
                accounts,
                username,
                () -> {
                    action.run();
                    return null;
                },
                extra);
    }

    /** A one-page A4 PDF with the text, its top margin free for the number. */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (InputStream in = OutgoingTesting.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
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

    static Upload upload(String name, byte[] content) {
        return new Upload(
                name,
                "application/pdf".equals(type(name)) ? "application/pdf" : null,
                new ByteArrayInputStream(content));
    }

    private static String type(String name) {
        return name.endsWith(".pdf") ? "application/pdf" : null;
    }
}
