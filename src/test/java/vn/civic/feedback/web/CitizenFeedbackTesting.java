package vn.civic.feedback.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReporterContact;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.DemoAccounts;
import vn.civic.test.TestActors.TestActor;

/** What the citizen feedback page tests share: demo accounts acting, points in Phường Hoàn Kiếm, real photos. */
final class CitizenFeedbackTesting {

    static final String AN = "001085012345";
    static final String BINH = "001190004321";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LIGHTING = "street-lighting";
    static final String DOSSIER = "dossier";

    private CitizenFeedbackTesting() {}

    /**
     * A point in Phường Hoàn Kiếm around Hoàn Kiếm lake, a few hundred metres from its centre at random, so that
     * reports of different tests seldom lie within each other's duplicate radius.
     */
    static double[] pointInHoanKiem() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new double[] {21.0285 + random.nextDouble(-0.003, 0.003), 105.8522 + random.nextDouble(-0.002, 0.002)};
    }

    static TestActor actor(AccountDirectory accounts, String username) {
        return DemoAccounts.actor(accounts, username);
    }

    /** A demo account signed in with its own privileges, for MockMvc. */
    static RequestPostProcessor signedIn(AccountDirectory accounts, String username) {
        return DemoAccounts.signedIn(accounts, username);
    }

    /** Runs {@code action} as a demo account with its privileges (the facade reads the caller from the context). */
    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        return DemoAccounts.as(accounts, username, action);
    }

    static void run(AccountDirectory accounts, String username, Runnable action) {
        DemoAccounts.run(accounts, username, action);
    }

    /** Phường Hoàn Kiếm's unit, chosen in the tree beside the pin so that routing does not hang on boundaries. */
    static long hoanKiemUnit(OrgDirectory org) {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
    }

    /** A street-light report at the point in Phường Hoàn Kiếm filed through the facade as {@code username}; its code. */
    static String fileLightReport(
            FeedbackReports reports,
            AccountDirectory accounts,
            OrgDirectory org,
            String username,
            double[] point,
            String description) {
        return as(
                        accounts,
                        username,
                        () -> reports.submit(new ReportCommand(
                                LIGHTING,
                                description,
                                point[0],
                                point[1],
                                "Phố Đinh Tiên Hoàng",
                                hoanKiemUnit(org),
                                Map.of(),
                                List.of(new PhotoUpload("den.jpg", "image/jpeg", jpeg(Color.DARK_GRAY))),
                                ReporterContact.NONE,
                                false,
                                ReportChannel.WEB,
                                null,
                                null)))
                .code();
    }

    /** The ward's officer acknowledges the report and answers it with a photo of the repair. */
    static void acknowledgeAndAnswer(FeedbackReports reports, AccountDirectory accounts, String code, String text) {
        run(accounts, OFFICER, () -> {
            reports.acknowledge(code, null);
            reports.answer(
                    code,
                    new AnswerCommand(text, List.of(new PhotoUpload("da-sua.jpg", "image/jpeg", jpeg(Color.YELLOW)))));
        });
    }

    /** A real JPEG of 64 × 48 pixels in one colour. */
    static byte[] jpeg(Color colour) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The page a request answers with 200, in Vietnamese, parsed. */
    static Document page(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "vi"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
