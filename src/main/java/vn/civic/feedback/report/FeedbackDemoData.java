package vn.civic.feedback.report;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReporterContact;
import vn.civic.feedback.routing.RoutingRules;
import vn.civic.feedback.routing.RoutingTarget;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.demo.DemoDataset;
import vn.civic.platform.security.Actor;

/**
 * The demo city's feedback: routing rules (a report goes to the People's Committee of its ward; traffic lights in Hà
 * Nội to the city's Department of Construction, procedure complaints to its Public Administrative Service Centre) and
 * a dozen reports in Phường Hoàn Kiếm and Phường Hồng Bàng in every state: routed, in progress, urgent, overdue,
 * answered with a photo of the repair, closed with a rating, returned to the desk, merged as a duplicate.
 */
@Component
class FeedbackDemoData implements DemoDataset {

    static final String CITIZEN = "001085012345";
    static final String CITIZEN2 = "001190004321";
    static final String CITIZEN_HP = "031088006789";

    private final FeedbackReports feedback;
    private final Reports reports;
    private final RoutingRules rules;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackDemoData(
            FeedbackReports feedback,
            Reports reports,
            RoutingRules rules,
            OrgDirectory org,
            AccountDirectory accounts,
            JdbcClient jdbc,
            Clock clock) {
        this.feedback = feedback;
        this.reports = reports;
        this.rules = rules;
        this.org = org;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (rules.count() > 0
                || jdbc.sql("select count(*) from feedback_report")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        long hanoi = unit("Thành phố Hà Nội", null);
        long haiphong = unit("Thành phố Hải Phòng", null);
        long hoanKiem = unit("Phường Hoàn Kiếm", hanoi);
        long hongBang = unit("Phường Hồng Bàng", haiphong);
        AgencyView construction = agency(DemoAgencies.HANOI_CONSTRUCTION);
        AgencyView serviceCentre = agency(DemoAgencies.HANOI_SERVICE_CENTRE);
        var now = clock.instant();
        rules.add(
                null,
                null,
                null,
                RoutingTarget.WARD_OF_POINT,
                null,
                null,
                100,
                "Mặc định: UBND phường, xã nơi xảy ra sự việc",
                now,
                "demo");
        rules.add(
                "traffic-lights",
                hanoi,
                "Thành phố Hà Nội",
                RoutingTarget.AGENCY,
                construction.id(),
                construction.name(),
                10,
                "Đèn tín hiệu giao thông do Sở Xây dựng quản lý",
                now,
                "demo");
        rules.add(
                "administrative-procedure",
                hanoi,
                "Thành phố Hà Nội",
                RoutingTarget.AGENCY,
                serviceCentre.id(),
                serviceCentre.name(),
                10,
                "Thủ tục hành chính: Trung tâm Phục vụ hành chính công",
                now,
                "demo");

        // Phường Hoàn Kiếm, around the lake
        String light = as(
                CITIZEN,
                () -> submit(
                        "street-lighting",
                        "Đèn đường trước số 12 Hàng Bài không sáng từ ba hôm nay, buổi tối rất tối và nguy hiểm.",
                        21.02453,
                        105.85301,
                        "12 Hàng Bài, Phường Hoàn Kiếm",
                        hoanKiem,
                        false,
                        Map.of("pole-number", List.of("HB-12"), "lighting-fault", List.of("off")),
                        true));
        as("chuyenvien.hoankiem", () -> {
            feedback.acknowledge(light, null);
            feedback.answer(
                    light,
                    new AnswerCommand(
                            "Đơn vị chiếu sáng đã thay bóng đèn LED và kiểm tra lại tủ điện cột HB-12 ngày hôm nay; đèn đã"
                                    + " sáng bình thường. Cảm ơn bạn đã phản ánh.",
                            List.of(new PhotoUpload("den-da-sua.jpg", "image/jpeg", photo(new Color(250, 200, 60))))));
            return null;
        });
        String duplicate = as(
                CITIZEN2,
                () -> submit(
                        "street-lighting",
                        "Cột đèn ở Hàng Bài gần ngã tư Tràng Thi bị tắt.",
                        21.02460,
                        105.85310,
                        "Hàng Bài",
                        hoanKiem,
                        false,
                        Map.of(),
                        false));
        as("quantri.hanoi", () -> {
            feedback.merge(duplicate, light);
            return null;
        });
        String pothole = as(
                CITIZEN2,
                () -> submit(
                        "road-damage",
                        "Ổ gà lớn giữa đường Đinh Tiên Hoàng, xe máy đi qua rất dễ ngã.",
                        21.02870,
                        105.85240,
                        "Đinh Tiên Hoàng, Phường Hoàn Kiếm",
                        hoanKiem,
                        false,
                        Map.of("road-damage-size", List.of("large")),
                        true));
        shift(pothole, Duration.ofDays(20)); // overdue: nobody acknowledged it
        String waste = as(
                CITIZEN,
                () -> submit(
                        "waste",
                        "Phế thải xây dựng đổ trộm ở đầu ngõ Tạm Thương.",
                        21.02950,
                        105.84900,
                        "Ngõ Tạm Thương",
                        hoanKiem,
                        false,
                        Map.of(),
                        false));
        as("chuyenvien.hoankiem", () -> {
            feedback.acknowledge(waste, null);
            return null;
        });
        shift(waste, Duration.ofDays(2));
        as(
                CITIZEN2,
                () -> submit(
                        "sidewalk-encroachment",
                        "Quán cà phê bày bàn ghế kín vỉa hè phố Lò Sũ, người đi bộ phải xuống lòng đường.",
                        21.03300,
                        105.85420,
                        "Phố Lò Sũ",
                        hoanKiem,
                        false,
                        Map.of(),
                        false));
        String tree = as(
                CITIZEN,
                () -> submit(
                        "trees",
                        "Cành cây lớn bị gãy treo lơ lửng trên phố Lê Thái Tổ sau cơn giông.",
                        21.03050,
                        105.85070,
                        "Lê Thái Tổ",
                        hoanKiem,
                        true,
                        Map.of(),
                        true));
        as("lanhdao.hoankiem", () -> {
            long officer =
                    accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();
            feedback.acknowledge(tree, officer);
            return null;
        });
        as(
                CITIZEN2,
                () -> submit(
                        "traffic-lights",
                        "Đèn tín hiệu ngã tư Tràng Tiền - Hàng Bài chỉ nháy vàng giờ cao điểm.",
                        21.02500,
                        105.85400,
                        "Ngã tư Tràng Tiền - Hàng Bài",
                        hoanKiem,
                        false,
                        Map.of(),
                        false));
        as(
                CITIZEN,
                () -> submit(
                        "administrative-procedure",
                        "Bộ phận một cửa yêu cầu nộp bản sao chứng thực giấy khai sinh dù đã có dữ liệu điện tử.",
                        null,
                        null,
                        null,
                        hoanKiem,
                        false,
                        Map.of(),
                        false));
        as(
                null,
                () -> feedback.submit(new ReportCommand(
                                "urban-order",
                                "Dán quảng cáo rao vặt khắp cột điện phố Hàng Bạc.",
                                null,
                                null,
                                "Phố Hàng Bạc, Hà Nội",
                                null,
                                Map.of(),
                                List.of(),
                                ReporterContact.NONE,
                                false,
                                ReportChannel.WEB,
                                null,
                                null))
                        .code());

        // Phường Hồng Bàng, Hải Phòng
        as(
                CITIZEN_HP,
                () -> submit(
                        "drainage-flooding",
                        "Đường Hoàng Văn Thụ ngập sâu sau mưa, cống thoát nước bị tắc rác.",
                        20.86030,
                        106.68190,
                        "Hoàng Văn Thụ, Phường Hồng Bàng",
                        hongBang,
                        false,
                        Map.of(),
                        true));
        String building = as(
                CITIZEN_HP,
                () -> submit(
                        "illegal-construction",
                        "Nhà số 45 đang xây thêm tầng 5 không có biển báo giấy phép xây dựng.",
                        20.86480,
                        106.68020,
                        "45 Minh Khai, Phường Hồng Bàng",
                        hongBang,
                        false,
                        Map.of(),
                        false));
        as("chuyenvien.hongbang", () -> {
            feedback.acknowledge(building, null);
            return null;
        });
        String smoke = as(
                CITIZEN_HP,
                () -> submit(
                        "pollution",
                        "Cơ sở đốt rác thải ở bãi đất trống cuối phố gây khói mù cả khu dân cư.",
                        20.86190,
                        106.67800,
                        "Phố Tam Bạc",
                        hongBang,
                        false,
                        Map.of(),
                        false));
        as("chuyenvien.hongbang", () -> {
            feedback.answer(
                    smoke,
                    new AnswerCommand(
                            "Phường đã lập biên bản, yêu cầu chấm dứt việc đốt rác và thu gom toàn bộ rác thải tại bãi đất.",
                            List.of(new PhotoUpload(
                                    "bai-dat-da-don.jpg", "image/jpeg", photo(new Color(90, 160, 90))))));
            return null;
        });
        as(CITIZEN_HP, () -> {
            feedback.rate(smoke, 4, "Đã hết khói, cảm ơn phường.");
            return null;
        });
        shift(smoke, Duration.ofDays(5));
        String returned = as(
                CITIZEN_HP,
                () -> submit(
                        "street-lighting",
                        "Đèn chiếu sáng trên cầu Lạc Long chập chờn cả đêm.",
                        20.86750,
                        106.67550,
                        "Cầu Lạc Long",
                        hongBang,
                        false,
                        Map.of(),
                        false));
        as("chuyenvien.hongbang", () -> {
            feedback.returnToDesk(returned, "Cầu Lạc Long do thành phố quản lý, không thuộc phường.");
            return null;
        });
    }

    private String submit(
            String category,
            String description,
            Double latitude,
            Double longitude,
            String address,
            Long unit,
            boolean urgent,
            Map<String, List<String>> attributes,
            boolean withPhoto) {
        List<PhotoUpload> photos = withPhoto
                ? List.of(new PhotoUpload("anh-hien-truong.jpg", "image/jpeg", photo(new Color(70, 90, 140))))
                : List.of();
        return feedback.submit(new ReportCommand(
                        category,
                        description,
                        latitude,
                        longitude,
                        address,
                        unit,
                        attributes,
                        photos,
                        ReporterContact.NONE,
                        urgent,
                        ReportChannel.WEB,
                        null,
                        null))
                .code();
    }

    private void shift(String code, Duration by) {
        reports.find(code).ifPresent(r -> reports.shiftBack(r.id, by));
    }

    private long unit(String name, Long parent) {
        return org.currentUnitsUnder(parent).stream()
                .filter(u -> u.name().equals(name))
                .map(AdministrativeUnitView::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo unit " + name + " is missing"));
    }

    private AgencyView agency(String code) {
        return org.findAgencyByCode(code)
                .orElseThrow(() -> new IllegalStateException("Demo agency " + code + " is missing"));
    }

    /** A small JPEG standing for a photo taken on site. */
    static byte[] photo(Color color) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, color, 320, 240, color.darker().darker()));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the action as the demo account with its own privileges, or as nobody when {@code username} is null. */
    private <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (username != null) {
            AccountView a = accounts.findByUsername(username).orElseThrow();
            Actor actor = new DemoActor(a.actorId(), a.fullName(), a.agencyId(), null);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    actor,
                    null,
                    a.privileges().stream()
                            .map(p -> new SimpleGrantedAuthority(p.authority()))
                            .toList()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record DemoActor(String actorId, String displayName, Long agencyId, String agencyCode) implements Actor {}
}
