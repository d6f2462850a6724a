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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the document search index for the search scenarios: {@code --documents} (1,000,000) rows of {@code
 * document_index}, as {@code DocumentIndex.index} would have written them (metadata and a few hundred words of body
 * text, folded), over the {@code --years} (5) years before today, at {@code --agencies} (600) agencies: every active
 * one of the demo city and made-up others; the agency of {@code --username} (the clerk the scenarios sign in as,
 * Phường Hoàn Kiếm) holds {@code --share} (5%) of them. The
 * people named on each ({@code document_access}): a handler of the document's agency, and at the clerk's agency also,
 * on one document in {@code --named-every} (20), the officer {@code --officer}, who reads only those.
 *
 * <p>Words are drawn from lists of administrative Vietnamese with a skewed frequency (a few words in most documents,
 * most words in few), so there are broad words ("ubnd", "viec") and narrow ones; numbers and symbols follow Decree
 * 30/2020 ({@code 45/QĐ-UBND}, letters {@code 45/UBND-VP}) and are numbered per agency, register and year. Rows go in
 * with {@code COPY}, 10,000 per transaction, the text index dropped meanwhile and built again at the end (as a restore
 * would). Writes {@code --queries} a CSV of number-and-symbol queries of the clerk's agency for the selective scenario.
 *
 * <p>Needs the application's schema (with the PostgreSQL text index) and the demo city: run.sh calls it once the
 * application is up.
 */
public final class DocumentData {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int CHUNK = 10_000;

    /** Words of administrative Vietnamese, most frequent first (drawn with a Zipf-like skew). */
    static final String[] WORDS = ("""
            việc thực hiện ủy ban nhân dân phường thành phố quận huyện tỉnh cơ quan đơn vị các của và
            theo quy định về công tác năm kế hoạch triển khai báo cáo đề nghị đảm bảo tổ chức người dân
            đăng ký văn bản hồ sơ thủ tục hành chính giải quyết tiếp nhận trả kết quả quản lý nhà nước
            đất đai xây dựng trật tự đô thị môi trường vệ sinh an toàn thực phẩm phòng chống dịch bệnh
            y tế giáo dục đào tạo văn hóa thể thao du lịch lao động thương binh xã hội người có công
            tài chính ngân sách thu chi dự toán quyết toán thuế phí lệ phí kho bạc đầu tư công dự án
            giao thông vận tải hạ tầng kỹ thuật cấp thoát nước chiếu sáng cây xanh công viên vỉa hè
            an ninh trật tự phòng cháy chữa cháy cứu nạn cứu hộ quân sự dân quân tự vệ tuyển quân
            cải cách chuyển đổi số chính quyền điện tử dịch vụ công trực tuyến cơ sở dữ liệu dân cư
            cán bộ công chức viên chức thi đua khen thưởng kỷ luật tuyển dụng bổ nhiệm đánh giá
            tiếp công dân khiếu nại tố cáo kiến nghị phản ánh thanh tra kiểm tra giám sát xử lý vi phạm
            hộ tịch khai sinh khai tử kết hôn chứng thực bản sao hộ khẩu cư trú căn cước định danh
            kinh tế hộ kinh doanh doanh nghiệp chợ thương mại dịch vụ giá cả thị trường quản lý
            nông nghiệp thủy lợi phòng chống thiên tai lụt bão ngập úng hạn hán biến đổi khí hậu
            tuyên truyền phổ biến giáo dục pháp luật hòa giải cơ sở dân vận mặt trận tổ quốc đoàn thể
            hội nghị họp giao ban sơ kết tổng kết chỉ đạo điều hành phân công nhiệm vụ thời hạn
            khẩn trương nghiêm túc phối hợp chặt chẽ hiệu quả kịp thời đầy đủ chính xác đúng quy định
            trân trọng kính gửi nơi nhận lưu chủ tịch phó chủ tịch trưởng phòng chuyên viên văn thư
            căn cứ luật nghị định thông tư quyết định chỉ thị nghị quyết hướng dẫn công văn tờ trình
            ban hành kèm theo sửa đổi bổ sung thay thế bãi bỏ hiệu lực kể từ ngày ký trách nhiệm thi hành
            kinh phí nguồn vốn phân bổ điều chỉnh thẩm định phê duyệt nghiệm thu bàn giao quyết toán
            trường học mầm non tiểu học trung học học sinh giáo viên cơ sở vật chất sửa chữa cải tạo
            bảo hiểm xã hội bảo hiểm y tế hộ nghèo cận nghèo trợ cấp bảo trợ người cao tuổi trẻ em
            di tích lịch sử lễ hội tín ngưỡng tôn giáo gia đình văn hóa khu dân cư tổ dân phố
            thông tin truyền thông báo chí xuất bản quảng cáo biển hiệu an toàn thông tin mạng
            """).strip().split("\\s+");

    /** Rarer words: places, works and events named in few documents. */
    static final String[] RARE = ("""
            Hàng Bạc Hàng Đào Tràng Tiền Lý Thái Tổ Đinh Tiên Hoàng Hàng Gai Hàng Bông Hàng Trống
            Phúc Tân Chương Dương Hồ Gươm Đền Ngọc Sơn cầu Thê Húc Nhà hát Lớn Bưu điện Bờ Hồ
            Long Biên Bạch Đằng Đông Kinh Nghĩa Thục Lê Thạch Ngô Quyền Hai Bà Trưng Phan Chu Trinh
            Tam Bạc Lạch Tray Cầu Rào Hoàng Văn Thụ Điện Biên Phủ Minh Khai Hồng Bàng Máy Chai
            """).strip().split("\\s+");

    static final String[] TOPICS = {
        "tăng cường công tác quản lý trật tự đô thị",
        "triển khai thực hiện dịch vụ công trực tuyến",
        "tổ chức tiếp công dân định kỳ",
        "phòng cháy chữa cháy mùa hanh khô",
        "kiểm tra an toàn thực phẩm dịp Tết",
        "giao chỉ tiêu thu ngân sách nhà nước",
        "phê duyệt dự toán sửa chữa trường học",
        "tuyển chọn công dân nhập ngũ",
        "cấp giấy chứng nhận quyền sử dụng đất",
        "giải quyết đơn khiếu nại của công dân",
        "chuyển đổi số trong cơ quan nhà nước",
        "phòng chống dịch bệnh trên địa bàn",
        "khen thưởng thành tích xuất sắc",
        "kế hoạch cải cách hành chính",
        "tổng kết công tác năm và nhiệm vụ năm tới",
        "xử lý vi phạm hành chính trong xây dựng",
        "hỗ trợ hộ nghèo và người có công",
        "vệ sinh môi trường khu dân cư",
        "quản lý hộ kinh doanh và chợ dân sinh",
        "bảo đảm an ninh trật tự dịp lễ hội"
    };

    record Type(String code, String abbreviation, String name, boolean letter, int weight) {}

    static final List<Type> TYPES = List.of(
            new Type("CV", "", "Công văn", true, 40),
            new Type("QD", "QĐ", "Quyết định", false, 15),
            new Type("KH", "KH", "Kế hoạch", false, 10),
            new Type("BC", "BC", "Báo cáo", false, 10),
            new Type("TB", "TB", "Thông báo", false, 8),
            new Type("TTR", "TTr", "Tờ trình", false, 6),
            new Type("GM", "GM", "Giấy mời", false, 6),
            new Type("HD", "HD", "Hướng dẫn", false, 3),
            new Type("CT", "CT", "Chỉ thị", false, 2));

    static final String[][] SENDERS = {
        {"UBND thành phố Hà Nội", "UBND"},
        {"Sở Nội vụ", "SNV"},
        {"Sở Tài chính", "STC"},
        {"Sở Xây dựng", "SXD"},
        {"Sở Tài nguyên và Môi trường", "STNMT"},
        {"Sở Giáo dục và Đào tạo", "SGDĐT"},
        {"Sở Y tế", "SYT"},
        {"Công an thành phố", "CATP"},
        {"Bảo hiểm xã hội thành phố", "BHXH"},
        {"Kho bạc Nhà nước", "KBNN"}
    };

    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hải", "Bảo"};
    static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương"
    };

    record Agency(long id, String name) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Generators.options(
                args,
                Map.of(
                        "--documents",
                        "1000000",
                        "--years",
                        "5",
                        "--share",
                        "0.05",
                        "--username",
                        "vanthu.hoankiem",
                        "--officer",
                        "chuyenvien.hoankiem",
                        "--named-every",
                        "20",
                        "--sample",
                        "2000",
                        "--agencies",
                        "600"),
                "DocumentData --url jdbc:postgresql://host/db --queries q.csv"
                        + " [--user u] [--password p] [--documents 1000000] [--years 5] [--share 0.05]"
                        + " [--username vanthu.hoankiem] [--officer chuyenvien.hoankiem] [--named-every 20]"
                        + " [--sample 2000] [--agencies 600]",
                "--url",
                "--queries");
        long started = System.nanoTime();
        int total = Integer.parseInt(options.get("--documents"));
        try (Connection c =
                DriverManager.getConnection(options.get("--url"), options.get("--user"), options.get("--password"))) {
            DocumentData data = new DocumentData(c, new Random(30), options);
            List<String> sample = data.generate(total, Integer.parseInt(options.get("--sample")));
            StringBuilder csv = new StringBuilder("q\n");
            sample.forEach(q -> csv.append(q).append('\n'));
            Files.writeString(Path.of(options.get("--queries")), csv);
            System.out.printf(
                    Locale.ROOT,
                    "{\"documents\":%d,\"agencies\":%d,\"agencyDocuments\":%d,\"officerDocuments\":%d,"
                            + "\"accessRows\":%d,\"seconds\":%.1f}%n",
                    total,
                    data.agencies.size(),
                    data.ownDocuments,
                    data.officerDocuments,
                    data.accessRows,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Random random;
    private final int years;
    private final double share;
    private final int namedEvery;
    private final List<Agency> agencies = new ArrayList<>();
    private final Agency own;
    private final long officerId;
    private final String[] foldedWords;
    private final double[] cumulative;
    private final Map<String, Integer> numbers = new HashMap<>();
    private long ownDocuments;
    private long officerDocuments;
    private long accessRows;

    private DocumentData(Connection connection, Random random, Map<String, String> options) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = random;
        this.years = Integer.parseInt(options.get("--years"));
        this.share = Double.parseDouble(options.get("--share"));
        this.namedEvery = Integer.parseInt(options.get("--named-every"));
        Agency clerkAgency = null;
        long officer = -1;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, name from agency where active order by id")) {
                while (rs.next()) {
                    agencies.add(new Agency(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        try (var ps = connection.prepareStatement("select a.agency_id, g.name from account a"
                + " join agency g on g.id = a.agency_id where a.username = ?")) {
            ps.setString(1, options.get("--username"));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    clerkAgency = new Agency(rs.getLong(1), rs.getString(2));
                }
            }
        }
        try (var ps = connection.prepareStatement("select id from account where username = ?")) {
            ps.setString(1, options.get("--officer"));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    officer = rs.getLong(1);
                }
            }
        }
        // the demo city has a few dozen agencies; a city's documents come from hundreds (wards, departments, schools):
        // the others get ids of their own, which no reader of the demo works for
        int wanted = Integer.parseInt(options.get("--agencies"));
        for (int k = agencies.size(); k < wanted; k++) {
            agencies.add(new Agency(800_000_000L + k, "Ủy ban nhân dân xã số " + k));
        }
        if (agencies.isEmpty() || clerkAgency == null || officer < 0) {
            throw new IllegalStateException("No agencies, or no account " + options.get("--username") + " or "
                    + options.get("--officer") + ": is the demo city loaded?");
        }
        this.own = clerkAgency;
        this.officerId = officer;
        foldedWords = new String[WORDS.length];
        cumulative = new double[WORDS.length];
        double sum = 0;
        for (int i = 0; i < WORDS.length; i++) {
            foldedWords[i] = fold(WORDS[i]);
            sum += 1.0 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    private List<String> generate(int total, int sampleSize) throws SQLException, IOException {
        LocalDate today = LocalDate.now(ZONE);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusYears(years); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        Collections.sort(days);
        List<String> indexes = dropTextIndexes();
        List<String> sample = new ArrayList<>();
        double sampleRate = Math.min(1.0, sampleSize / Math.max(1.0, total * share));
        String now = Instant.now().toString();
        // generated ids lie far above the real documents (the demo city's, and those the bench issues meanwhile)
        long id;
        try (Statement s = connection.createStatement();
                var rs = s.executeQuery("select coalesce(max(document_id), 0) from document_index")) {
            rs.next();
            id = Math.max(rs.getLong(1), 1_000_000_000L);
        }
        connection.setAutoCommit(false);
        for (int start = 0; start < total; start += CHUNK) {
            StringBuilder rows = new StringBuilder(CHUNK * 2600);
            StringBuilder access = new StringBuilder();
            for (int i = start; i < Math.min(total, start + CHUNK); i++) {
                id++;
                String symbol = document(rows, access, id, days.get(random.nextInt(days.size())), now);
                if (symbol != null && random.nextDouble() < sampleRate) {
                    sample.add(symbol);
                }
            }
            copy.copyIn(
                    "copy document_index (document_kind, document_id, agency_id, confidential, status, type_code,"
                            + " number_symbol, register_number, document_date, sender, summary, handlers,"
                            + " search_text, search_codes, indexed_at) from stdin",
                    new StringReader(rows.toString()));
            copy.copyIn(
                    "copy document_access (document_kind, document_id, account_id, reason, granted_at, document_date)"
                            + " from stdin",
                    new StringReader(access.toString()));
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("set maintenance_work_mem = '512MB'");
            for (String definition : indexes) {
                s.execute(definition);
            }
            s.execute("analyze document_index");
            s.execute("analyze document_access");
        }
        Collections.shuffle(sample, random);
        return sample;
    }

    /** Drops the GIN indexes of document_index (built again at the end, much faster than kept up row by row). */
    private List<String> dropTextIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes"
                        + " where tablename = 'document_index' and indexdef like '%USING gin%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String name : names) {
                s.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** One document and the people named on it; answers its symbol when it is a readable one of the clerk's agency. */
    private String document(StringBuilder rows, StringBuilder access, long id, LocalDate day, String now) {
        boolean mine = random.nextDouble() < share;
        Agency agency = mine ? own : agencies.get(random.nextInt(agencies.size()));
        mine = agency.id() == own.id();
        boolean incoming = random.nextBoolean();
        String kind = incoming ? "INCOMING" : "OUTGOING";
        Type type = type();
        boolean confidential = random.nextInt(50) == 0;
        String[] sender = incoming ? SENDERS[random.nextInt(SENDERS.length)] : new String[] {agency.name(), "UBND"};
        String key = agency.id() + "/" + kind + "/" + day.getYear() + "/" + confidential;
        int registerNumber = numbers.merge(key, 1, Integer::sum);
        int number = incoming ? 1 + random.nextInt(3000) : registerNumber;
        String symbol = number + "/" + (type.letter() ? sender[1] + "-VP" : type.abbreviation() + "-" + sender[1]);
        String summary = (type.letter() ? "V/v " : "") + TOPICS[random.nextInt(TOPICS.length)]
                + (random.nextInt(4) == 0 ? " tại " + RARE[random.nextInt(RARE.length)] : "") + " năm "
                + day.getYear();
        String handler = pick(SURNAMES) + " " + pick(MIDDLE) + " " + pick(GIVEN);
        String status = incoming
                ? new String[] {"REGISTERED", "ASSIGNED", "IN_PROGRESS", "DONE", "DONE", "DONE"}[random.nextInt(6)]
                : "ISSUED";
        StringBuilder text = new StringBuilder(2600);
        text.append(fold(symbol))
                .append(' ')
                .append(fold(summary))
                .append(' ')
                .append(fold(sender[0]))
                .append(' ')
                .append(fold(handler))
                .append(' ')
                .append(type.code().toLowerCase(Locale.ROOT))
                .append(' ')
                .append(incoming ? "van-ban-den-" : "van-ban-di-")
                .append(id)
                .append(".pdf");
        int words = 200 + random.nextInt(200);
        for (int w = 0; w < words; w++) {
            text.append(' ');
            int draw = random.nextInt(100);
            if (draw == 0) {
                text.append(fold(RARE[random.nextInt(RARE.length)]));
            } else if (draw == 1) {
                text.append(1 + random.nextInt(2000));
            } else {
                text.append(word());
            }
        }
        row(
                rows,
                kind,
                id,
                agency.id(),
                confidential,
                status,
                type.code(),
                symbol,
                registerNumber,
                day,
                sender[0],
                summary,
                handler,
                text,
                codes(text.toString()),
                now);
        // a handler of the agency (an account that does not sign in: ids far above the demo's)
        row(access, kind, id, 900_000_000L + agency.id() * 10 + random.nextInt(10), "LEAD", now, day);
        accessRows++;
        if (mine) {
            ownDocuments++;
            if (random.nextInt(namedEvery) == 0) {
                row(access, kind, id, officerId, incoming ? "CO_HANDLER" : "DRAFTER", now, day);
                accessRows++;
                officerDocuments++;
            }
            return confidential ? null : symbol;
        }
        return null;
    }

    private Type type() {
        int total = TYPES.stream().mapToInt(Type::weight).sum();
        int draw = random.nextInt(total);
        for (Type t : TYPES) {
            draw -= t.weight();
            if (draw < 0) {
                return t;
            }
        }
        return TYPES.getFirst();
    }

    private String word() {
        double draw = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < draw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return foldedWords[lo];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String fold(String text) {
        return DossierData.fold(text);
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /**
     * The codes the application indexes with a document's folded text (its {@code SearchTerms.codesOf}, written again
     * here because the harness does not link the application): of every run without a space whose words are joined by
     * punctuation and hold a digit, the words from each word on written together, those holding a digit, at most 64
     * characters each.
     */
    static String codes(String folded) {
        Set<String> codes = new LinkedHashSet<>();
        for (String run : folded.split("\\s+")) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(run);
            while (m.find()) {
                words.add(m.group());
            }
            if (words.size() < 2 || words.stream().noneMatch(w -> w.chars().anyMatch(Character::isDigit))) {
                continue;
            }
            for (int from = 0; from < words.size() - 1; from++) {
                String code = String.join("", words.subList(from, words.size()));
                code = code.length() > 64 ? code.substring(0, 64) : code;
                if (code.chars().anyMatch(Character::isDigit)) {
                    codes.add(code);
                }
            }
        }
        return String.join(" ", codes);
    }

    /** One line of COPY's text format: tab-separated, \N for null (no value here holds a tab or a line break). */
}
