package vn.civic.bench;

import static vn.civic.bench.Generators.row;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the feedback tables with a year of a city's citizen reports for the Open311 scenarios: {@code --reports}
 * (300,000) rows of {@code feedback_report} over the {@code --days} (365) days before today, with their public history
 * ({@code feedback_history}: submitted, routed, acknowledged, answered, closed, the rows mySociety's updates feed
 * reads) and the published answers ({@code feedback_answer}), as the feedback module would have written them.
 *
 * <p>Reports fall on the active categories (on-site ones most), at the wards of the demo city (points scattered around
 * Hà Nội's and Hải Phòng's centres), more on weekdays and in the day; older ones are mostly answered and closed (some
 * merged or hidden), recent ones still at the routing desk, with the ward or in progress. Codes continue each year's
 * counter ({@code platform_counter}, series {@code feedback:report:<year>}), which is moved past them, so reports the
 * application files afterwards never collide; ids lie above the existing ones and the identity is moved past them.
 * Rows go in with {@code COPY}, 10,000 reports per transaction.
 *
 * <p>Needs the application's schema and the demo city: run.sh calls it once the application is up.
 */
public final class FeedbackData {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int CHUNK = 10_000;

    static final String[] STREETS = {
        "Hàng Bạc", "Hàng Đào", "Tràng Tiền", "Lý Thái Tổ", "Đinh Tiên Hoàng", "Hàng Gai", "Hàng Bông", "Hàng Trống",
        "Phúc Tân", "Chương Dương", "Bạch Đằng", "Lê Thạch", "Ngô Quyền", "Hai Bà Trưng", "Phan Chu Trinh", "Tam Bạc",
        "Lạch Tray", "Cầu Rào", "Hoàng Văn Thụ", "Điện Biên Phủ", "Minh Khai", "Hồng Bàng", "Máy Chai", "Trần Phú"
    };

    static final String[] PROBLEMS = {
        "Đèn đường không sáng từ nhiều đêm nay",
        "Ổ gà lớn giữa đường, xe máy dễ ngã",
        "Rác thải tập kết quá tải, bốc mùi",
        "Cây xanh nghiêng, có nguy cơ đổ",
        "Nắp hố ga bị mất, rất nguy hiểm",
        "Lấn chiếm vỉa hè để kinh doanh",
        "Công trình xây dựng gây bụi và tiếng ồn",
        "Đường ngập sau mưa, cống bị tắc",
        "Đèn tín hiệu giao thông không hoạt động",
        "Biển báo bị che khuất",
        "Mất nước sinh hoạt hai ngày",
        "Quảng cáo rao vặt dán trên cột điện"
    };

    static final String[] ANSWERS = {
        "Đơn vị đã kiểm tra hiện trường và khắc phục xong.",
        "Đã thay bóng đèn và kiểm tra đường dây.",
        "Đã vá ổ gà, hoàn trả mặt đường.",
        "Đã thu gom rác và tăng tần suất thu gom.",
        "Đã lập biên bản, yêu cầu hộ kinh doanh trả lại vỉa hè.",
        "Đã nạo vét cống, khơi thông dòng chảy."
    };

    record Ward(long agencyId, String agencyName, long unitId, String unitName, double lat, double lon) {}

    record Category(String code, int resolveDays, boolean onSite) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Generators.options(
                args,
                Map.of("--reports", "300000", "--days", "365", "--desk", "000.00.00.H26", "--lines", "2000"),
                "FeedbackData --url jdbc:postgresql://host/db --codes codes.csv"
                        + " [--user u] [--password p] [--reports 300000] [--days 365] [--desk 000.00.00.H26]"
                        + " [--lines 2000]",
                "--url",
                "--codes");
        long started = System.nanoTime();
        int total = Integer.parseInt(options.get("--reports"));
        try (Connection c =
                DriverManager.getConnection(options.get("--url"), options.get("--user"), options.get("--password"))) {
            FeedbackData data = new FeedbackData(c, new Random(311), options);
            data.generate(total, Integer.parseInt(options.get("--days")));
            data.writeCodes(Path.of(options.get("--codes")), Integer.parseInt(options.get("--lines")));
            System.out.printf(
                    Locale.ROOT,
                    "{\"reports\":%d,\"open\":%d,\"history\":%d,\"answers\":%d,\"wards\":%d,\"categories\":%d,"
                            + "\"seconds\":%.1f}%n",
                    total,
                    data.open,
                    data.historyRows,
                    data.answerRows,
                    data.wards.size(),
                    data.categories.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Random random;
    private final List<Ward> wards = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Integer> onSiteCategories = new ArrayList<>();
    private final long deskId;
    private final String deskName;
    private final Map<Integer, Long> lastNumber = new HashMap<>();
    private final List<String> sampledCodes = new ArrayList<>();
    private long open;
    private long historyRows;
    private long answerRows;

    private FeedbackData(Connection connection, Random random, Map<String, String> options) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = random;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("select a.id, a.name, u.id, u.name, a.code from agency a"
                    + " join admin_unit u on u.id = a.admin_unit_id"
                    + " where a.active and a.kind = 'PEOPLES_COMMITTEE' and a.parent_id is not null order by a.id")) {
                while (rs.next()) {
                    boolean haiPhong = rs.getString(5).endsWith("H31");
                    wards.add(new Ward(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            haiPhong ? 20.8449 : 21.0285,
                            haiPhong ? 106.6881 : 105.8542));
                }
            }
            try (ResultSet rs = s.executeQuery("select code, coalesce(resolve_working_days, 10), category_group"
                    + " from feedback_category where active order by sort_order")) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(1), rs.getInt(2), "ON_SITE".equals(rs.getString(3))));
                }
            }
        }
        try (var ps = connection.prepareStatement("select id, name from agency where code = ?")) {
            ps.setString(1, options.get("--desk"));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No routing desk agency " + options.get("--desk"));
                }
                deskId = rs.getLong(1);
                deskName = rs.getString(2);
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).onSite()) {
                onSiteCategories.add(i);
            }
        }
        if (wards.isEmpty() || categories.isEmpty()) {
            throw new IllegalStateException("No wards or no feedback categories: is the demo city loaded?");
        }
    }

    private void generate(int total, int days) throws SQLException, IOException {
        long id;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from feedback_report")) {
            rs.next();
            id = Math.max(rs.getLong(1), 0) + 1_000_000L;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select series, last_number from platform_counter"
                        + " where series like 'feedback:report:%'")) {
            while (rs.next()) {
                lastNumber.put(Integer.parseInt(rs.getString(1).substring("feedback:report:".length())), rs.getLong(2));
            }
        }
        // submission instants, oldest first, so that codes rise with time within a year as the counter gives them
        Instant now = Instant.now();
        Instant first = now.minus(Duration.ofDays(days));
        long span = Duration.between(first, now).toSeconds();
        long[] seconds = new long[total];
        for (int i = 0; i < total; i++) {
            seconds[i] = plausibleSecond(first, span);
        }
        java.util.Arrays.sort(seconds);
        connection.setAutoCommit(false);
        for (int start = 0; start < total; start += CHUNK) {
            StringBuilder reports = new StringBuilder(CHUNK * 700);
            StringBuilder history = new StringBuilder(CHUNK * 600);
            StringBuilder answers = new StringBuilder(CHUNK * 200);
            for (int i = start; i < Math.min(total, start + CHUNK); i++) {
                report(reports, history, answers, id++, first.plusSeconds(seconds[i]), now);
            }
            copy.copyIn(
                    "copy feedback_report (id, code, token, category_code, description, latitude, longitude,"
                            + " address_text, admin_unit_id, admin_unit_name, urgent, channel, status, agency_id,"
                            + " agency_name, submitted_at, updated_at, routed_at, acknowledge_due_at, resolve_due_at,"
                            + " current_due_at, acknowledged_at, answered_at, answered_on_time, closed_at,"
                            + " merged_into_code, hidden_reason, rating, rated_at, search_text, version) from stdin",
                    new StringReader(reports.toString()));
            copy.copyIn(
                    "copy feedback_history (report_id, happened_at, action, status_after, actor_id, actor_name,"
                            + " agency_id, agency_name, public_text) from stdin",
                    new StringReader(history.toString()));
            copy.copyIn(
                    "copy feedback_answer (report_id, answer_text, agency_id, agency_name, answered_by,"
                            + " answered_by_name, answered_at) from stdin",
                    new StringReader(answers.toString()));
            connection.commit();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("select setval(pg_get_serial_sequence('feedback_report', 'id'), (select max(id) from"
                    + " feedback_report))");
            for (var counter : lastNumber.entrySet()) {
                String series = "feedback:report:" + counter.getKey();
                s.execute("insert into platform_counter (series, last_number) values ('" + series + "', "
                        + counter.getValue() + ") on conflict (series) do update set last_number ="
                        + " greatest(platform_counter.last_number, excluded.last_number)");
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /**
     * The listing-by-ids scenario's CSV: one column {@code codes}, each line ten codes of generated reports, comma
     * separated as Open311's {@code service_request_id} takes them.
     */
    private void writeCodes(Path file, int lines) throws IOException {
        StringBuilder csv = new StringBuilder("codes\n");
        for (int line = 0; line < lines && !sampledCodes.isEmpty(); line++) {
            csv.append('"');
            for (int k = 0; k < 10; k++) {
                csv.append(k == 0 ? "" : ",").append(sampledCodes.get(random.nextInt(sampledCodes.size())));
            }
            csv.append("\"\n");
        }
        Files.writeString(file, csv);
    }

    /** More reports on weekdays and between 07:00 and 21:00, as people report what they see on their way. */
    private long plausibleSecond(Instant first, long span) {
        while (true) {
            long s = (long) (random.nextDouble() * span);
            ZonedDateTime t = first.plusSeconds(s).atZone(ZONE);
            int hour = t.getHour();
            boolean weekend = t.getDayOfWeek().getValue() >= 6;
            double weight = (hour >= 7 && hour < 21 ? 1.0 : 0.15) * (weekend ? 0.6 : 1.0);
            if (random.nextDouble() < weight) {
                return s;
            }
        }
    }

    private void report(
            StringBuilder reports,
            StringBuilder history,
            StringBuilder answers,
            long id,
            Instant submitted,
            Instant now) {
        int year = submitted.atZone(ZONE).getYear();
        long number = lastNumber.merge(year, 1L, Long::sum);
        String code = "PA-%d-%06d".formatted(year, number);
        if (random.nextInt(10) == 0) {
            sampledCodes.add(code);
        }
        byte[] tokenBytes = new byte[16];
        random.nextBytes(tokenBytes);
        String token = "bench" + HexFormat.of().formatHex(tokenBytes);
        Category category = categories.get(random.nextDouble() < 0.9 ? onSite() : random.nextInt(categories.size()));
        Ward ward = wards.get(random.nextInt(wards.size()));
        Double lat = category.onSite() ? ward.lat() + gaussian(0.03) : null;
        Double lon = category.onSite() ? ward.lon() + gaussian(0.03) : null;
        String street = STREETS[random.nextInt(STREETS.length)];
        String address = category.onSite() ? (1 + random.nextInt(200)) + " " + street : null;
        String description = PROBLEMS[random.nextInt(PROBLEMS.length)] + ", gần số " + (1 + random.nextInt(200))
                + " phố " + street + ".";
        boolean urgent = random.nextInt(20) == 0;
        String channel = new String[] {"WEB", "WEB", "WEB", "OPEN311", "CHAT", "CHAT", "COUNTER"}[random.nextInt(7)];
        double ageDays = Duration.between(submitted, now).toHours() / 24.0;

        Instant routed = submitted.plus(minutes(5, 240));
        Instant acknowledged = routed.plus(minutes(30, 60 * 24));
        Instant resolveDue = submitted
                .plus(Duration.ofDays(urgent ? 0 : category.resolveDays() * 7L / 5 + 1))
                .plus(urgent ? Duration.ofHours(4) : Duration.ZERO);
        Instant ackDue = submitted.plus(Duration.ofHours(24));
        Instant answered = acknowledged.plus(minutes(60, 60 * 24 * (category.resolveDays() + 3)));
        Instant closed = answered.plus(Duration.ofDays(7));

        // where the report stands now: older ones mostly answered and closed
        String status;
        int draw = random.nextInt(100);
        if (draw < 2 && ageDays > 1) {
            status = "MERGED";
        } else if (draw < 3 && ageDays > 1) {
            status = "HIDDEN";
        } else if (!closed.isAfter(now)) {
            status = random.nextInt(100) < 97 ? "CLOSED" : "IN_PROGRESS";
        } else if (!answered.isAfter(now)) {
            status = "ANSWERED";
        } else if (!acknowledged.isAfter(now)) {
            status = "IN_PROGRESS";
        } else if (!routed.isAfter(now)) {
            status = "ROUTED";
        } else {
            status = "SUBMITTED";
        }
        boolean atDesk = status.equals("SUBMITTED");
        long agencyId = atDesk ? deskId : ward.agencyId();
        String agencyName = atDesk ? deskName : ward.agencyName();

        // four in five are routed by a rule as they are filed; the rest wait at the routing desk first
        boolean byRule = !atDesk && random.nextInt(5) != 0;
        if (byRule) {
            routed = submitted;
            event(
                    history,
                    id,
                    submitted,
                    "submitted",
                    "ROUTED",
                    null,
                    ward.agencyId(),
                    ward.agencyName(),
                    "Phản ánh đã được tiếp nhận và chuyển " + ward.agencyName() + " xử lý.");
        } else {
            event(
                    history,
                    id,
                    submitted,
                    "submitted",
                    "SUBMITTED",
                    null,
                    deskId,
                    deskName,
                    "Phản ánh đã được tiếp nhận, đang chờ chuyển đơn vị xử lý.");
        }
        Instant updated = submitted;
        if (!atDesk && !byRule && !status.equals("HIDDEN") && !status.equals("MERGED")) {
            event(
                    history,
                    id,
                    routed,
                    "routed",
                    "ROUTED",
                    "Văn phòng",
                    deskId,
                    deskName,
                    "Đã chuyển " + ward.agencyName() + " xử lý.");
            updated = routed;
        }
        boolean wasAcknowledged = status.equals("IN_PROGRESS") || status.equals("ANSWERED") || status.equals("CLOSED");
        if (wasAcknowledged) {
            event(
                    history,
                    id,
                    acknowledged,
                    "acknowledged",
                    "IN_PROGRESS",
                    "Cán bộ phường",
                    ward.agencyId(),
                    ward.agencyName(),
                    "Đơn vị đã tiếp nhận và đang xử lý.");
            updated = acknowledged;
        }
        boolean wasAnswered = status.equals("ANSWERED") || status.equals("CLOSED");
        String answer = ANSWERS[random.nextInt(ANSWERS.length)];
        if (wasAnswered) {
            event(
                    history,
                    id,
                    answered,
                    "answered",
                    "ANSWERED",
                    "Cán bộ phường",
                    ward.agencyId(),
                    ward.agencyName(),
                    answer);
            row(answers, id, answer, ward.agencyId(), ward.agencyName(), "bench:handler", "Cán bộ phường", answered);
            answerRows++;
            updated = answered;
        }
        Integer rating = null;
        if (status.equals("CLOSED")) {
            rating = random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null;
            event(
                    history,
                    id,
                    closed,
                    "closed",
                    "CLOSED",
                    null,
                    ward.agencyId(),
                    ward.agencyName(),
                    "Phản ánh đã kết thúc.");
            updated = closed;
        }
        String mergedInto = null;
        String hiddenReason = null;
        if (status.equals("MERGED") || status.equals("HIDDEN")) {
            Instant when = submitted.plus(minutes(10, 60 * 24));
            when = when.isAfter(now) ? now : when;
            if (status.equals("MERGED")) {
                mergedInto = "PA-%d-%06d".formatted(year, Math.max(1, number - 1 - random.nextInt(50)));
            } else {
                hiddenReason = "Nội dung không phù hợp";
            }
            event(
                    history,
                    id,
                    when,
                    status.toLowerCase(Locale.ROOT),
                    status,
                    "Văn phòng",
                    deskId,
                    deskName,
                    status.equals("MERGED") ? "Đã gộp vào phản ánh " + mergedInto + "." : "Phản ánh đã bị ẩn.");
            updated = when;
        }
        boolean isOpen = status.equals("SUBMITTED") || status.equals("ROUTED") || status.equals("IN_PROGRESS");
        if (isOpen) {
            open++;
        }
        Instant currentDue = status.equals("ROUTED") || status.equals("SUBMITTED")
                ? ackDue
                : status.equals("IN_PROGRESS") ? resolveDue : null;
        String searchText = DossierData.fold(code + " " + description + " " + (address == null ? "" : address));
        row(
                reports,
                id,
                code,
                token,
                category.code(),
                description,
                lat,
                lon,
                address,
                ward.unitId(),
                ward.unitName(),
                urgent,
                channel,
                status,
                agencyId,
                agencyName,
                submitted,
                updated,
                atDesk ? null : routed,
                ackDue,
                resolveDue,
                currentDue,
                wasAcknowledged ? acknowledged : null,
                wasAnswered ? answered : null,
                wasAnswered ? !answered.isAfter(resolveDue) : null,
                status.equals("CLOSED") ? closed : null,
                mergedInto,
                hiddenReason,
                rating,
                rating == null ? null : closed,
                searchText,
                0);
    }

    /** One public history entry (the updates feed reads these), by a bench actor when {@code actorName} is given. */
    private void event(
            StringBuilder history,
            long reportId,
            Instant at,
            String action,
            String statusAfter,
            String actorName,
            long agencyId,
            String agencyName,
            String publicText) {
        row(
                history,
                reportId,
                at,
                action,
                statusAfter,
                actorName == null ? null : "bench:staff",
                actorName,
                agencyId,
                agencyName,
                publicText);
        historyRows++;
    }

    /** An on-site category (nine reports in ten are about something seen in the street). */
    private int onSite() {
        return onSiteCategories.isEmpty()
                ? random.nextInt(categories.size())
                : onSiteCategories.get(random.nextInt(onSiteCategories.size()));
    }

    private Duration minutes(int least, int most) {
        return Duration.ofMinutes(least + random.nextInt(Math.max(1, most - least)));
    }

    private double gaussian(double sigma) {
        return Math.round(random.nextGaussian() * sigma * 1e6) / 1e6;
    }

    /** One line of COPY's text format: tab-separated, \N for null (no value here holds a tab or a line break). */
}
