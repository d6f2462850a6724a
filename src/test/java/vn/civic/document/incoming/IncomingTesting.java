package vn.civic.document.incoming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/** What the incoming documents' tests share: demo staff acting, register entries with unique symbols, files. */
final class IncomingTesting {

    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String OFFICER2 = "chuyenvien2.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String OTHER_CLERK = "vanthu.hongbang";

    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private IncomingTesting() {}

    static String uniqueSymbol() {
        return ThreadLocalRandom.current().nextInt(100, 100_000) + "/UBND-VP";
    }

    static RegisterCommand command(String symbol, LocalDate day, boolean confidential, List<Long> named) {
        return new RegisterCommand(
                confidential,
                Urgency.NORMAL,
                day,
                "Sở Xây dựng thành phố Hà Nội",
                symbol,
                day.minusDays(2),
                "CV",
                "Về việc kiểm tra trật tự xây dựng trên địa bàn phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                null,
                null,
                "Nguyễn Văn Sơn",
                2,
                null,
                named);
    }

    static Upload pdf() {
        return new Upload("cong-van.pdf", "application/pdf", PDF);
    }

    static byte[] docx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AccountView account(AccountDirectory accounts, String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    static TestActor actor(AccountDirectory accounts, String username) {
        AccountView a = account(accounts, username);
        return new TestActor(a.actorId(), a.fullName(), a.agencyId(), null);
    }

    /** Runs the action as the demo account with its own privileges. */
    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        AccountView a = account(accounts, username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(
                actor(accounts, username), a.privileges().toArray(Privilege[]::new)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(AccountDirectory accounts, String username, Runnable action) {
        as(accounts, username, () -> {
            action.run();
            return null;
        });
    }
}
