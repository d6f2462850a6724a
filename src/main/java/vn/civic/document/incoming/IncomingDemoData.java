package vn.civic.document.incoming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.civic.document.DocumentFile;
import vn.civic.document.IncomingExchange;
import vn.civic.document.ReceivedDocument;
import vn.civic.document.Urgency;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.demo.DemoDataset;
import vn.civic.platform.security.Actor;
import vn.civic.platform.time.CivicTime;

/**
 * A few incoming documents of Phường Hoàn Kiếm in each status: one awaiting registration from the exchange, one
 * awaiting assignment, one being handled by a lead handler and a co-handler, one closed. Made through the same
 * services as the pages, acting as the demo staff.
 */
@Component
class IncomingDemoData implements DemoDataset {

    static final String AGENCY = "000.01.31.H26";
    static final String CITY = "000.00.00.H26";

    private final IncomingDocuments documents;
    private final IncomingHandling handling;
    private final IncomingExchange exchange;
    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final Clock clock;

    IncomingDemoData(
            IncomingDocuments documents,
            IncomingHandling handling,
            IncomingExchange exchange,
            AccountDirectory accounts,
            OrgDirectory org,
            Clock clock) {
        this.documents = documents;
        this.handling = handling;
        this.exchange = exchange;
        this.accounts = accounts;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 710;
    }

    @Override
    public void loadIfAbsent() {
        if (documents.count() > 0) {
            return;
        }
        var agency = org.findAgencyByCode(AGENCY).orElse(null);
        if (agency == null || accounts.findByUsername("vanthu.hoankiem").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        long officer =
                accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();
        long officer2 = accounts.findByUsername("chuyenvien2.hoankiem")
                .map(AccountView::id)
                .orElse(officer);
        long clerk = accounts.findByUsername("vanthu.hoankiem").orElseThrow().id();

        exchange.receive(new ReceivedDocument(
                agency.id(),
                CITY + "," + today.minusDays(1).toString().replace('-', '/') + ",4521/UBND-KT",
                CITY,
                "Ủy ban nhân dân thành phố Hà Nội",
                "4521/UBND-KT",
                today.minusDays(1),
                "CV",
                "Về việc tăng cường công tác phòng cháy, chữa cháy mùa hanh khô",
                "Dương Đức Tuấn",
                Urgency.URGENT,
                today.plusDays(10),
                2,
                List.of(),
                List.of(new DocumentFile(
                        "4521-UBND-KT.pdf",
                        "application/pdf",
                        pdf("4521/UBND-KT", "Tang cuong cong tac phong chay, chua chay mua hanh kho")))));

        as(
                "vanthu.hoankiem",
                () -> register(
                        "215/SXD-QLXD",
                        "Sở Xây dựng thành phố Hà Nội",
                        "Về việc kiểm tra trật tự xây dựng các công trình trên tuyến phố Hàng Bài",
                        today.minusDays(3),
                        "Kiem tra trat tu xay dung tren tuyen pho Hang Bai"));

        long handled = as(
                "vanthu.hoankiem",
                () -> register(
                        "88/KH-UBND",
                        "Ủy ban nhân dân thành phố Hà Nội",
                        "Kế hoạch chỉnh trang vỉa hè các tuyến phố quanh hồ Hoàn Kiếm",
                        today.minusDays(5),
                        "Ke hoach chinh trang via he quanh ho Hoan Kiem"));
        as("lanhdao.hoankiem", () -> {
            handling.assign(
                    handled,
                    null,
                    new AssignCommand(
                            "Giao phòng Kinh tế, Hạ tầng và Đô thị chủ trì, xây dựng kế hoạch của phường.",
                            today.plusDays(7),
                            officer,
                            List.of(officer2),
                            List.of(clerk)));
            return null;
        });
        as("chuyenvien2.hoankiem", () -> {
            handling.addOpinion(handled, null, "Đã rà soát hiện trạng vỉa hè các tuyến Đinh Tiên Hoàng, Lê Thái Tổ.");
            return null;
        });

        long closed = as(
                "vanthu.hoankiem",
                () -> register(
                        "1032/CAHN-PV01",
                        "Công an thành phố Hà Nội",
                        "Về việc bảo đảm an ninh, trật tự dịp cuối năm",
                        today.minusDays(6),
                        "Bao dam an ninh trat tu dip cuoi nam"));
        as("lanhdao.hoankiem", () -> {
            handling.assign(
                    closed, null, new AssignCommand("Đồng chí Minh theo dõi, báo cáo.", today, officer, null, null));
            return null;
        });
        as("chuyenvien.hoankiem", () -> {
            handling.addOpinion(closed, null, "Đã phổ biến tới các tổ dân phố.");
            handling.finishPart(closed, null);
            return null;
        });
    }

    private long register(String symbol, String author, String summary, LocalDate date, String pdfText) {
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        return handling.register(
                new RegisterCommand(
                        false,
                        Urgency.NORMAL,
                        today,
                        author,
                        symbol,
                        date,
                        symbol.contains("/KH-") ? "KH" : "CV",
                        summary,
                        null,
                        null,
                        null,
                        null,
                        1,
                        null,
                        List.of()),
                List.of(new Upload(symbol.replace('/', '-') + ".pdf", "application/pdf", pdf(symbol, pdfText))));
    }

    /** Runs the action as the demo account with its own privileges. */
    private <T> T as(String username, Supplier<T> action) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        Actor actor = new DemoActor(a.actorId(), a.fullName(), a.agencyId(), null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                a.privileges().stream()
                        .map(p -> new SimpleGrantedAuthority(p.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record DemoActor(String actorId, String displayName, Long agencyId, String agencyCode) implements Actor {}

    /** A one-page PDF with the document's symbol and subject (ASCII: the standard fonts have no Vietnamese). */
    static byte[] pdf(String symbol, String text) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                content.newLineAtOffset(72, 720);
                content.showText("So: " + symbol);
                content.newLineAtOffset(0, -24);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
