package vn.civic.feedback.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReporterContact;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.DemoAccounts;
import vn.civic.test.TestActors.TestActor;

/** What the staff feedback pages' tests share: demo accounts acting with their own privileges, reports, photos. */
final class StaffPagesTesting {

    static final String OFFICER = "chuyenvien.hoankiem";
    static final String OFFICER2 = "chuyenvien2.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String OTHER_OFFICER = "chuyenvien.hongbang";
    static final String OTHER_LEADER = "lanhdao.hongbang";
    /** Administrator of the city's People's Committee, the routing desk's agency in the demo city. */
    static final String DESK = "quantri.hanoi";

    static final String CITIZEN = "001085012345";

    /** Hoàn Kiếm Lake, in Phường Hoàn Kiếm. */
    static final double LATITUDE = 21.0285;

    static final double LONGITUDE = 105.8542;

    private StaffPagesTesting() {}

    static AccountView account(AccountDirectory accounts, String username) {
        return DemoAccounts.account(accounts, username);
    }

    static TestActor actor(AccountDirectory accounts, String username) {
        return DemoAccounts.actor(accounts, username);
    }

    /** For MockMvc: the demo account with its own privileges. */
    static RequestPostProcessor as(AccountDirectory accounts, String username) {
        return DemoAccounts.signedIn(accounts, username);
    }

    /** Runs the action through the facade as the demo account with its own privileges. */
    static <T> T call(AccountDirectory accounts, String username, Supplier<T> action) {
        return DemoAccounts.as(accounts, username, action);
    }

    static void run(AccountDirectory accounts, String username, Runnable action) {
        DemoAccounts.run(accounts, username, action);
    }

    static long hoanKiemUnit(OrgDirectory org) {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
    }

    /** A street-light report in Phường Hoàn Kiếm filed by the demo citizen, with a photo and contact details. */
    static String streetLight(
            FeedbackReports reports, AccountDirectory accounts, OrgDirectory org, String description) {
        ReportCommand command = new ReportCommand(
                "street-lighting",
                description,
                LATITUDE,
                LONGITUDE,
                "Phố Đinh Tiên Hoàng, trước số 1",
                hoanKiemUnit(org),
                Map.of(),
                List.of(new PhotoUpload("den-hong.png", "image/png", png(Color.DARK_GRAY))),
                new ReporterContact("Nguyễn Văn An", "an.nguyen@example.vn", "0912345678", null),
                false,
                ReportChannel.WEB,
                null,
                null);
        return call(accounts, CITIZEN, () -> reports.submit(command)).code();
    }

    /** A small real PNG. */
    static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 24, 16);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unique(String text) {
        return text + " " + System.nanoTime();
    }
}
